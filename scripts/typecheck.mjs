#!/usr/bin/env node
// `npm run typecheck`: one `tsc` per layer (each layer has its own globals: no DOM in shared/, no Node in renderer/),
// run side by side on as many cores as the machine has. tsc is single-threaded, so one after another left one of two
// cores idle.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runKept } from './run-kept.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every project the check covers, the largest first so the small ones fill in beside them. */
export const projects = [
  'renderer/tsconfig.test.json',
  'tests/tsconfig.json',
  'shared/tsconfig.test.json',
  'shared/tsconfig.json',
  'electron/tsconfig.json',
  'cli/tsconfig.json',
  'build/tsconfig.json',
  'tsconfig.json',
];

/**
 * Configs kept for editors and tools but not checked here, each with the reason. renderer/tsconfig.json is the renderer's
 * code without its tests and without Node types, so an editor marks a Node call there; checking it in CI repeated the
 * whole of renderer/tsconfig.test.json (25 s of a core for the same files), and the lint rule on the renderer's
 * globals (eslint.config.js, tested in tests/lint/layers.test.ts) refuses those calls instead.
 */
export const editorOnly = { 'renderer/tsconfig.json': 'the renderer lint block refuses Node globals and imports' };

/** Runs one project's check, its output kept whole. */
async function check(project) {
  const { ok, output } = await runKept(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', project], { cwd: root });
  return { project, ok, output };
}

/** Checks every project, `parallel` at a time; the failures' output, each under its project's name. */
export async function typecheck(list = projects, parallel = availableParallelism()) {
  const queue = [...list];
  const results = [];
  await Promise.all(
    Array.from({ length: Math.min(parallel, list.length) }, async () => {
      for (let project = queue.shift(); project; project = queue.shift()) results.push(await check(project));
    }),
  );
  return { ok: results.every((r) => r.ok), failures: results.filter((r) => !r.ok) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok, failures } = await typecheck();
  for (const f of failures) process.stdout.write(`\n${f.project}:\n${f.output}`);
  process.exit(ok ? 0 : 1);
}
