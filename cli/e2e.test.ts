import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestKey } from '../tests/fixtures/keys';
import { seal } from '../tests/fixtures/hostile-backups/forge';
import { keysFile, tamper } from './test-kit';
import { armourKey } from '../shared/keys/normalize';

/**
 * The built files (cli/test-build.ts builds them): the production one, and the sandbox one that trusts the test key.
 * Each command's logic is tested in process (commands/commands.test.ts); these runs check what only a real process
 * shows (exit codes, the two streams, LANG, no stack trace, the production trust set), so each run checks several
 * things at once: eleven processes in all.
 */
const root = join(import.meta.dirname, '..');
const PRODUCTION = join(root, 'out/cli/conex.cjs');
const SANDBOX = join(root, 'out/cli-sandbox/conex.cjs');
const dir = mkdtempSync(join(tmpdir(), 'conex-e2e-'));

function conex(bin: string, args: string[], options: { input?: string; lang?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: options.lang ?? 'C.UTF-8' },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/);

describe('the built conex, run as a child process', () => {
  it('--version prints the package version, exit 0', () => {
    expect(conex(PRODUCTION, ['--version'])).toEqual({
      stdout: `conex ${process.env.npm_package_version ?? '0.1.0'}\n`,
      stderr: '',
      code: 0,
    });
  });

  it('status in English: good keys listed without colour on stdout, a tampered key on its own line on stderr, exit 2 (R-MAINT-6)', async () => {
    const bad = armourKey(tamper(await makeTestKey({ sen: 'SEN-00000009' })));
    const path = file('mixed.conexkeys', `${await keysFile([{ sen: 'SEN-00000001', maintenanceEnd: '2099-01-01' }])}\n${bad}\n`);
    const out = conex(SANDBOX, ['status', path]);
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/SEN-00000001 +Main Library .*2099-01-01 .*Active: ends in \d+ days/);
    expect(out.stdout).not.toContain('\u001b[');
    expect(out.stderr).toMatch(
      /^[^\n]*mixed\.conexkeys, key 2 \(line \d+\): refused\. This license key has been changed or mistyped[^\n]*\n$/,
    );
  });

  it('the production build refuses a sandbox key: one line in French from LANG, exit 2', async () => {
    const path = file('sandbox.conexkeys', await keysFile([{}]));
    const fr = conex(PRODUCTION, ['key', 'verify', path], { lang: 'fr_FR.UTF-8' });
    expect(fr.code).toBe(2);
    expect(fr.stdout).toBe('');
    expect(fr.stderr).toBe(
      `${path}, clé 1 (ligne 4) : refusée. Cette clé a été signée par le bac à sable de test Conex. Une version de production de l’application n’accepte jamais les clés de test.\n`,
    );
  });

  it('in Arabic from LANG=ar_DZ: the status table and the monitoring line in Arabic, SENs and dates as typed (R-MAINT-6)', async () => {
    const path = file('arabic.conexkeys', await keysFile([{ maintenanceEnd: '2099-01-01', entity: 'المكتبة المركزية' }]));
    const status = conex(SANDBOX, ['status', path], { lang: 'ar_DZ.UTF-8' });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/SEN-12345678 +المكتبة المركزية .*2099-01-01 .*ترخيص واحد\.\n$/s);
    const check = conex(SANDBOX, ['check', '--lang', 'ar', path]);
    expect(check.stdout).toMatch(
      /^CONEX OK - ترخيص واحد، أولها انتهاءً: SEN-12345678 \(المكتبة المركزية\) في 2099-01-01، .*\| days_left=\d+;60;14 licenses=1\n$/,
    );
    expect(check.code).toBe(0);
  });

  it('check: the monitoring line with its performance data on stdout, and its exit code', async () => {
    const path = file('check.conexkeys', await keysFile([{ maintenanceEnd: '2099-01-01' }]));
    expect(conex(SANDBOX, ['check', '--warn', '60', '--crit', '14', path])).toEqual({
      stdout: expect.stringMatching(/^CONEX OK - 1 license, first to end: SEN-12345678 .*\| days_left=\d+;60;14 licenses=1\n$/),
      stderr: '',
      code: 0,
    });
  });

  it('bad input never shows a stack trace: a missing file and a folder, a binary file, an unknown command', () => {
    const folder = join(dir, 'folder.conexkeys');
    mkdirSync(folder);
    const missing = conex(SANDBOX, ['status', join(dir, 'nope'), folder]);
    expect(missing).toEqual({
      stdout: 'No license to show.\n',
      stderr: `${join(dir, 'nope')}: no such file.\n${folder}: is a folder, not a file.\n`,
      code: 2,
    });
    const binary = conex(SANDBOX, ['check', file('bin.conexkeys', '\u0000\u0001')]);
    expect(binary.code).toBe(3);
    expect(binary.stdout).toMatch(/^CONEX UNKNOWN - 1 problem: .*bin\.conexkeys: /);
    const unknown = conex(SANDBOX, ['frobnicate']);
    expect(unknown.code).toBe(64);
    for (const out of [missing, binary, unknown]) noStack(out.stderr + out.stdout);
  });

  it('the code the build keeps as text until used runs: a backup read with the app checks, and a key request', () => {
    const stamp = '2026-01-01T00:00:00.000Z';
    const entity = { id: 'e1', name: 'Main Library', kind: 'library', country: 'FR', notes: '', createdAt: stamp, updatedAt: stamp };
    const license = {
      ...{ id: 'lic-1', sen: 'SEN-00000001', product: 'conex-books', deployment: 'server', tier: 'Express', type: 'academic' },
      ...{ entityId: 'e1', serverId: 'SRV-1', licensee: 'Université', issued: stamp, maintenanceStart: '2026-01-01' },
      ...{ maintenanceEnd: '2099-01-10', majorVersion: 9, createdAt: stamp, updatedAt: stamp },
    };
    const backup = file('site.conexbackup', seal({ entities: [{ ...entity, nameKey: 'FR|main library' }], licenses: [license] }));
    const status = conex(SANDBOX, ['status', backup]);
    expect(status).toMatchObject({ stderr: '', code: 0 });
    expect(status.stdout).toMatch(/SEN-00000001 +Main Library +Conex Books® +Express +Academic +SRV-1 +2099-01-10 /);
    const request = conex(PRODUCTION, ['key', 'request', '--server-id', 'SRV-1', '--output', '-']);
    expect(request).toMatchObject({ stderr: '', code: 0 });
    expect(JSON.parse(request.stdout)).toMatchObject({ format: 'conex-key-request', serverId: 'SRV-1' });
  });
});
