#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is here, otherwise the same
// app as a web page on localhost (`npm run web`), said in one line.
// `npm start -- --dev` runs Electron against the dev server (hot reload) instead of the built app.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (binary.usable) {
  run(npx, ['electron-vite', process.argv.includes('--dev') ? 'dev' : 'preview']);
} else {
  const why = binary.path === null ? 'is not installed on this machine (could not be downloaded)' : `cannot run: ${binary.reason}`;
  console.log(`Electron's binary ${why}; serving the same app as a web page instead.`);
  run(npm, ['run', '--silent', 'web']);
}
