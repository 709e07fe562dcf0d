import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installCommandLine } from './cli-install';

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'conex-install-'));
  const resourcesPath = join(root, 'resources');
  mkdirSync(join(resourcesPath, 'cli'), { recursive: true });
  writeFileSync(join(resourcesPath, 'cli', 'conex.cjs'), "process.stdout.write('conex ran ' + process.argv.slice(2).join(' '))");
  return { root, resourcesPath, homeDir: join(root, 'home') };
}

describe('Help > Install Command Line', () => {
  it('on Linux and macOS writes an executable ~/.local/bin/conex that runs the shipped file with Node, and says whether it is on the PATH', async () => {
    const s = setup();
    const result = await installCommandLine({ platform: 'linux', ...s, env: { PATH: `/usr/bin:${join(s.homeDir, '.local', 'bin')}` } });
    expect(result).toEqual({ ok: true, path: join(s.homeDir, '.local', 'bin', 'conex'), onPath: true });
    if (!result.ok) return;
    expect(statSync(result.path).mode & 0o111).not.toBe(0);
    const run = spawnSync(result.path, ['status', 'x'], { encoding: 'utf8' });
    expect(run.stdout).toBe('conex ran status x');
    expect(await installCommandLine({ platform: 'darwin', ...s, env: { PATH: '/usr/bin' } })).toMatchObject({ ok: true, onPath: false });
  });

  it('on Windows writes conex.cmd under LOCALAPPDATA', async () => {
    const s = setup();
    const local = join(s.root, 'Local');
    const result = await installCommandLine({ platform: 'win32', ...s, env: { LOCALAPPDATA: local, Path: 'C:\\Windows' } });
    expect(result).toEqual({ ok: true, path: join(local, 'Programs', 'Conex', 'bin', 'conex.cmd'), onPath: false });
    expect(readFileSync(join(local, 'Programs', 'Conex', 'bin', 'conex.cmd'), 'utf8')).toContain(
      `node "${join(s.resourcesPath, 'cli', 'conex.cjs')}" %*`,
    );
  });

  it('says so when the app was packaged without the command line, or the folder cannot be written', async () => {
    const s = setup();
    expect(await installCommandLine({ platform: 'linux', ...s, resourcesPath: join(s.root, 'none'), env: {} })).toEqual({
      ok: false,
      code: 'missing',
    });
    writeFileSync(join(s.root, 'file'), '');
    expect(await installCommandLine({ platform: 'linux', ...s, homeDir: join(s.root, 'file'), env: {} })).toMatchObject({
      ok: false,
      code: 'write',
    });
  });
});
