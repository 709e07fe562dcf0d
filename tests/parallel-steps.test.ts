import { describe, expect, it } from 'vitest';
import { runParallel } from '../scripts/parallel-steps.mjs';

const node = (code: string) => ({ cmd: process.execPath, args: ['-e', code] });

describe('static checks side by side (npm test)', () => {
  it('runs tasks on two lanes at once, and reports each in the order given', async () => {
    // Each task notes when it starts and ends; with two lanes, two of three overlap.
    const sleeper = (name: string) => ({
      name,
      ...node(`const t0=Date.now();setTimeout(()=>console.log(JSON.stringify({t0,t1:Date.now()})),400)`),
    });
    const results = await runParallel([sleeper('a'), sleeper('b'), sleeper('c')], { cwd: process.cwd(), lanes: 2, print: () => {} });
    expect(results.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(results.every((r) => r.ok)).toBe(true);
    const spans = results.map((r) => JSON.parse(r.output) as { t0: number; t1: number });
    const overlapping = spans.filter((s, i) => spans.some((o, j) => i !== j && o.t0 < s.t1 && s.t0 < o.t1));
    expect(overlapping.length).toBeGreaterThanOrEqual(2);
    const latestStart = Math.max(...spans.map((s) => s.t0));
    const earliestEnd = Math.min(...spans.map((s) => s.t1));
    // Never three at once: the third starts only after one of the first two ended.
    expect(latestStart).toBeGreaterThanOrEqual(earliestEnd);
  });

  it('a failing or missing command fails its own task only, with its output kept whole', async () => {
    const printed: string[] = [];
    const results = await runParallel(
      [
        { name: 'fails', ...node('console.log("line one");console.error("line two");process.exit(3)') },
        { name: 'missing', cmd: '/no/such/command', args: [] },
        { name: 'passes', ...node('console.log("fine")') },
      ],
      { cwd: process.cwd(), lanes: 2, print: (text) => printed.push(text) },
    );
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['fails', false],
      ['missing', false],
      ['passes', true],
    ]);
    expect(results[0]?.output).toBe('line one\nline two\n');
    expect(results[1]?.output).toMatch(/could not start/);
    // Each block is printed whole, headed by its name and outcome.
    expect(printed.find((p) => p.includes('=== fails'))).toMatch(/FAILED.*\nline one\nline two\n$/s);
  });
});
