import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinary } from '../scripts/electron-binary.mjs';

const root = join(import.meta.dirname, '..');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-start-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fakeProgram(name: string, body: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

describe('finding Electronʼs binary (POSIX shell stand-ins)', () => {
  it('is usable when the binary runs and prints its version', async () => {
    await fakeProgram('electron', 'echo v45.5.0');
    expect(electronBinary({ env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dir } })).toMatchObject({
      usable: true,
      version: 'v45.5.0',
    });
  });

  it('is not usable when the binary is missing, fails or hangs', async () => {
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dir };
    expect(electronBinary({ env })).toMatchObject({ usable: false, reason: expect.stringMatching(/does not exist/) });
    await fakeProgram('electron', 'echo "Missing X server" >&2; exit 1');
    expect(electronBinary({ env })).toMatchObject({ usable: false, reason: expect.stringMatching(/Missing X server/) });
    await fakeProgram('electron', 'sleep 5');
    expect(electronBinary({ env, timeoutMs: 300 })).toMatchObject({ usable: false });
  });

  it('npm start says in one line that Electron is missing and serves the web build instead', async () => {
    // A stand-in npm on PATH records what start.mjs runs instead of building and serving.
    await fakeProgram('npm', `echo "npm $*"`);
    const empty = join(dir, 'no-electron');
    const result = spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, ELECTRON_OVERRIDE_DIST_PATH: empty },
      timeout: 30_000,
    });
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Electron's binary .*; serving the same app as a web page instead\.$/);
    expect(lines[1]).toBe('npm run --silent web');
    expect(result.status).toBe(0);
  });
});
