// Runs independent commands side by side on as many lanes as the machine has cores (the static checks are each
// single-threaded: one after another they left a core idle for over a minute). Each command's output is
// held and printed whole when it ends, so two never interleave.
import { spawn } from 'node:child_process';

/**
 * Runs `tasks` (longest expected first) on `lanes` lanes; resolves with each task's result in the order given.
 * @param {{ name: string; cmd: string; args: string[]; weight?: number }[]} tasks
 * @param {{ cwd: string; lanes: number; print?: (text: string) => void; spawnFn?: typeof spawn }} options
 * @returns {Promise<{ name: string; ok: boolean; seconds: number; output: string }[]>}
 */
export async function runParallel(tasks, { cwd, lanes, print = (t) => process.stdout.write(t), spawnFn = spawn }) {
  const order = tasks.map((task, index) => ({ task, index })).sort((a, b) => (b.task.weight ?? 0) - (a.task.weight ?? 0));
  const results = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < order.length) {
      const { task, index } = order[next++];
      results[index] = await runOne(task, cwd, spawnFn);
      const r = results[index];
      print(`\n=== ${task.name}: ${task.cmd} ${task.args.join(' ')} (${r.ok ? 'ok' : 'FAILED'}, ${r.seconds}s)\n${r.output}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, tasks.length)) }, lane));
  return results;
}

/** One command, its output (stdout and stderr together, as a terminal shows them) and whether it exited 0. */
function runOne(task, cwd, spawnFn) {
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawnFn(task.cmd, task.args, { cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const done = (ok, extra = '') =>
      resolve({ name: task.name, ok, seconds: Math.round((Date.now() - started) / 1000), output: output + extra });
    child.on('error', (error) => done(false, `could not start: ${error.message}\n`));
    child.on('close', (code) => done(code === 0));
  });
}
