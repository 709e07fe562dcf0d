// One child process whose output is kept and handed back whole when it ends, so that processes running side by side
// (the static checks of `npm test`, the type check's projects) do not interleave their lines.
import { spawn } from 'node:child_process';

/** Runs `cmd args`; resolves with whether it exited 0 and everything it wrote, stdout and stderr together. */
export function runKept(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, options);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}
