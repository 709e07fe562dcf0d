/**
 * The benchmark harness. Each `tests/bench/*.bench.ts` exports `benchmarks`, a
 * list of named runs; `npm run bench` runs them all (or those whose file name
 * contains an argument), writes one JSON file per benchmark under
 * bench-results/, and prints a table. Goals are reported, never asserted:
 * speed is checked here, not by timed assertions in tests.
 */
export interface BenchResult {
  /** What was measured, in the unit named. */
  value: number;
  unit: 'ms' | 'x' | 'MB' | 'KB' | 'ops/s';
  /** The goal for `value` (a maximum); `met` says whether this run met it. */
  goal?: number;
  /** For ratios: the two absolute timings behind it (medians, with every run when there were several). */
  subject?: Timing;
  baseline?: Timing;
  /** For a value measured several times: every run, so the table can print its spread. */
  runs?: number[];
  /** Anything else worth keeping (sizes, counts, samples). */
  details?: Record<string, unknown>;
}

/** A median timing, and the runs it is the median of. */
export interface Timing {
  label: string;
  ms: number;
  runs?: number[];
}

export interface Benchmark {
  name: string;
  run: () => Promise<BenchResult>;
}

/** Median of `runs` timings of `fn`, after `warmup` untimed runs. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The middle value (the upper one of the two middles for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** A median timing of `runs`. */
export function timing(label: string, runs: readonly number[]): Timing {
  return { label, ms: median(runs), runs: [...runs] };
}

/** "min–max" of some runs, for the table: a median means little without how far the runs spread. */
export function spread(runs: readonly number[] | undefined, fmt: (n: number) => string): string {
  if (!runs || runs.length < 2) return '';
  return ` (${fmt(Math.min(...runs))}–${fmt(Math.max(...runs))})`;
}

/** A ratio result: subject time over baseline time, both medians of the same run. */
export function ratio(subject: Timing, baseline: Timing, goal?: number): BenchResult {
  const r: BenchResult = { value: subject.ms / baseline.ms, unit: 'x', subject, baseline, ...(goal === undefined ? {} : { goal }) };
  // The ratio's own spread: run i of the subject over run i of the baseline, measured side by side.
  if (subject.runs && baseline.runs && subject.runs.length === baseline.runs.length) {
    r.runs = subject.runs.map((ms, i) => ms / (baseline.runs?.[i] ?? Number.NaN));
  }
  return r;
}
