import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spread, type Benchmark, type BenchResult } from './harness';

const here = import.meta.dirname;
const outDir = join(here, '..', '..', 'bench-results');
const filters = process.argv.slice(2);

const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x))))
  .sort();
await mkdir(outDir, { recursive: true });

const rows: { file: string; name: string; result: BenchResult | { error: string } }[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { benchmarks: Benchmark[] };
  for (const bench of mod.benchmarks) {
    process.stdout.write(`running ${bench.name} ...\n`);
    let result: BenchResult | { error: string };
    try {
      result = await bench.run();
    } catch (e) {
      result = { error: e instanceof Error ? e.message : String(e) };
    }
    rows.push({ file, name: bench.name, result });
    const slug = bench.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const record = {
      name: bench.name,
      file,
      date: new Date().toISOString(),
      node: process.version,
      loadAverage: loadavg(),
      ...result,
      met: 'value' in result && result.goal !== undefined ? result.value <= result.goal : undefined,
    };
    await writeFile(join(outDir, `${slug}.json`), JSON.stringify(record, null, 2) + '\n');
  }
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));
console.log(
  '\n' + ['benchmark'.padEnd(58), 'value (min–max)'.padStart(24), 'goal'.padStart(8), 'met'.padStart(5), '  subject / baseline'].join(' '),
);
for (const { name, result } of rows) {
  if ('error' in result) {
    console.log(`${name.padEnd(58)} ERROR ${result.error}`);
    continue;
  }
  const goal = result.goal === undefined ? '' : `${fmt(result.goal)}`;
  const met = result.goal === undefined ? '' : result.value <= result.goal ? 'yes' : 'NO';
  const parts =
    result.subject && result.baseline
      ? `  ${fmt(result.subject.ms)} ms${spread(result.subject.runs, fmt)} / ${fmt(result.baseline.ms)} ms${spread(result.baseline.runs, fmt)}`
      : '';
  const value = `${fmt(result.value)} ${result.unit}${spread(result.runs, fmt)}`;
  console.log([name.padEnd(58), value.padStart(24), goal.padStart(8), met.padStart(5), parts].join(' '));
}
console.log(
  `\nload average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')} (1, 5, 15 min) on ${cpus().length} cores`,
);
console.log(`results written to ${outDir}`);
if (rows.some((r) => 'error' in r.result)) process.exitCode = 1;
