/** Vitest global setup of the `cli` project: builds the production and the sandbox `conex` once, so a fresh clone's `npm test` has them. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';

const root = join(import.meta.dirname, '..');

export default async function setup(): Promise<void> {
  const built = await buildCli();
  await buildCli({ sandbox: true });
  // The tests, the installers and `npm install -g` all run the package's bin: the build must write that very file,
  // or the tests would run a stale copy left in out/.
  const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { conex: string } }).bin.conex;
  if (relative(root, built) !== bin) throw new Error(`npm run build:cli wrote ${relative(root, built)}, but the package's bin is ${bin}.`);
}
