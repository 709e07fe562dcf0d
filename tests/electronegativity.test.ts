import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let dir: string;
let output: { status: number | null; stdout: string };

/** A main process that loosens the window and a stale exception: `npm run security` must refuse both. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-eng-'));
  await mkdir(join(dir, 'main'));
  await writeFile(
    join(dir, 'main', 'index.ts'),
    [
      "import { BrowserWindow } from 'electron';",
      'export function open() {',
      '  return new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true, sandbox: false } });',
      '}',
      '',
    ].join('\n'),
  );
  const exceptions = join(dir, 'exceptions.json');
  const file = relative(root, join(dir, 'main', 'gone.ts'))
    .split('\\')
    .join('/');
  await writeFile(
    exceptions,
    JSON.stringify({
      exceptions: [
        {
          check: 'OPEN_EXTERNAL_JS_CHECK',
          file,
          reviewed: '2025-11-25',
          reason: 'A call site that was removed since; this entry must now fail.',
        },
      ],
    }),
  );
  const run = spawnSync(process.execPath, [join(root, 'scripts/electronegativity.mjs'), '--input', dir, '--exceptions', exceptions], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  output = { status: run.status, stdout: run.stdout };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run security (Electronegativity)', () => {
  it('fails on high and medium findings that no reviewed exception explains', () => {
    expect(output.status).toBe(1);
    expect(output.stdout).toMatch(/FAILED\s+HIGH CONTEXT_ISOLATION_JS_CHECK/);
    expect(output.stdout).toMatch(/FAILED\s+MEDIUM SANDBOX_JS_CHECK/);
    expect(output.stdout).toMatch(/FAILED\s+HIGH LIMIT_NAVIGATION_GLOBAL_CHECK/);
    expect(output.stdout).toMatch(/FAILED\s+MEDIUM PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/);
    expect(output.stdout).toMatch(/FAILED\s+MEDIUM CSP_GLOBAL_CHECK/);
  });

  it('fails on an exception that no longer matches a finding', () => {
    expect(output.stdout).toMatch(/FAILED\s+stale exception OPEN_EXTERNAL_JS_CHECK/);
    expect(output.stdout).toMatch(/Security check failed/);
  });
});
