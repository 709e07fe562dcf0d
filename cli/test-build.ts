/** Vitest global setup of the `cli` project: builds the production and the sandbox `conex` once, so a fresh clone's `npm test` has them. */
import { buildCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
  await buildCli({ sandbox: true });
}
