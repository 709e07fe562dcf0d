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
  unit: 'ms' | 'x' | 'MB' | 'ops/s';
  /** The goal for `value` (a maximum); `met` says whether this run met it. */
  goal?: number;
  /** For ratios: the two absolute timings behind it. */
  subject?: { label: string; ms: number };
  baseline?: { label: string; ms: number };
  /** Anything else worth keeping (sizes, counts, samples). */
  details?: Record<string, unknown>;
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

/** A ratio result: subject time over baseline time, both medians of the same run. */
export function ratio(subject: { label: string; ms: number }, baseline: { label: string; ms: number }, goal?: number): BenchResult {
  return { value: subject.ms / baseline.ms, unit: 'x', subject, baseline, ...(goal === undefined ? {} : { goal }) };
}
