import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the DevTools protocol's Profiler.stop returns (the parts read here). */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
}

const outDir = join(import.meta.dirname, '..', '..', 'bench-results', 'profiles');

/**
 * Runs `fn` under Chromium's sampling profiler when BENCH_PROFILE is set (`BENCH_PROFILE=1 npm run bench backup`):
 * writes `bench-results/profiles/<name>.cpuprofile` (open it in DevTools' Performance panel) and prints the
 * functions with the most self time. Without BENCH_PROFILE it only runs `fn`: the profiler's own cost stays out of
 * the figures.
 */
export async function profiled<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_PROFILE) return fn();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
  console.log(`profile of ${name}: top self time\n${topSelfTime(profile, 15).join('\n')}`);
  return result;
}

/** The `count` functions with the most self time, as "ms  share  function  file:line". */
export function topSelfTime(profile: CpuProfile, count: number): string[] {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = samples[i] as number;
    byNode.set(node, (byNode.get(node) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    total += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\/(?=[^/]+$)/, '').replace(/\?.*$/, '');
    const key = `${functionName || '(anonymous)'}  ${file ? `${file}:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
}
