import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestKey } from '../tests/fixtures/keys';
import { keysFile, tamper } from './test-kit';
import { armourKey } from '../shared/keys/normalize';

/** The built files (cli/test-build.ts builds them): the production one, and the sandbox one that trusts the test key. */
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

  it('status of a keys file in English and in French from LANG (R-MAINT-6)', async () => {
    const path = file('ok.conexkeys', await keysFile([{ maintenanceEnd: '2099-01-01' }]));
    const en = conex(SANDBOX, ['status', path]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/SEN-12345678 +Main Library .*2099-01-01 .*Active: ends in \d+ days/);
    const fr = conex(SANDBOX, ['status', path], { lang: 'fr_FR.UTF-8' });
    expect(fr.stdout).toMatch(/Active : se termine dans \d+ jours/);
    expect(en.stdout).not.toContain('\u001b[');
  });

  it('a sandbox key is refused by the production build with one line, exit 2, in English and French', async () => {
    const path = file('sandbox.conexkeys', await keysFile([{}]));
    const en = conex(PRODUCTION, ['key', 'verify', path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `${path}, key 1 (line 4): refused. This key was signed by the Conex test sandbox. A production build of the app never accepts test keys.\n`,
    );
    const fr = conex(PRODUCTION, ['key', 'verify', '--lang', 'fr', path]);
    expect(fr.stderr).toMatch(/clé 1 \(ligne 4\) : refusée\. Cette clé a été signée par le bac à sable de test Conex/);
  });

  it('a tampered key among good ones: its own line on stderr, the good ones listed, exit 2', async () => {
    const bad = armourKey(tamper(await makeTestKey({ sen: 'SEN-00000009' })));
    const path = file('mixed.conexkeys', `${await keysFile([{ sen: 'SEN-00000001' }])}\n${bad}\n`);
    const out = conex(SANDBOX, ['status', path]);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('SEN-00000001');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('changed or mistyped');
  });

  it('bad input never shows a stack trace: missing file, folder, binary, unknown command', () => {
    const cases = [
      { args: ['status', join(dir, 'nope')], code: 2, line: `${join(dir, 'nope')}: no such file.\n` },
      { args: ['status', dir], code: 2, line: `${dir}: is a folder, not a file.\n` },
      { args: ['check', file('bin.conexkeys', '\u0000\u0001')], code: 3 },
      { args: ['frobnicate'], code: 64 },
    ];
    for (const c of cases) {
      const out = conex(SANDBOX, c.args);
      expect(out.code).toBe(c.code);
      if (c.line) expect(out.stderr).toBe(c.line);
      noStack(out.stderr + out.stdout);
    }
  });

  it('check: the monitoring line and exit code; key request with a malformed server ID in French', async () => {
    const path = file('check.conexkeys', await keysFile([{ maintenanceEnd: '2099-01-01' }]));
    const ok = conex(SANDBOX, ['check', path]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^CONEX OK - .*\| days_left=\d+;60;14 licenses=1\n$/);
    const request = conex(PRODUCTION, ['key', 'request', '--server-id', 'a b', '--output', '-'], { lang: 'fr_FR.UTF-8' });
    expect(request.code).toBe(2);
    expect(request.stderr).toMatch(/^L’ID de serveur est mal formé.*\n$/);
  });
});
