import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../shared/errors';
import type { VerifiedKey } from '../shared/keys/verify';
import { makeTestKey, sandboxPublicFile } from './fixtures/keys';
import sandboxPrivateFile from './sandbox/keys/sandbox-test-only.private.json' with { type: 'json' };

/**
 * The promise, checked on real builds: a production build does not
 * contain the sandbox public key and refuses sandbox-signed keys; a sandbox
 * build (`--mode sandbox`) trusts them. Both builds use the app's vite.config.ts.
 */
const root = resolve(import.meta.dirname, '..');
const configFile = join(root, 'vite.config.ts');
const probe = join(root, 'tests/fixtures/trusted-keys-probe.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'conex-keys-build-'));
  dirs.push(dir);
  return dir;
}

function builtText(dir: string): string {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(js|mjs|css|html|json|map)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

async function buildProbe(mode: 'production' | 'sandbox') {
  const dir = outDir();
  await build({
    configFile,
    mode,
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true, lib: { entry: probe, formats: ['es'], fileName: 'probe' } },
  });
  const built = (await import(pathToFileURL(join(dir, 'probe.js')).href)) as { checkKey(text: string): Promise<Result<VerifiedKey>> };
  return { text: builtText(dir), checkKey: built.checkKey };
}

describe('sandbox key and builds', () => {
  it('a production build does not contain the sandbox public key and refuses a sandbox-signed key', async () => {
    const production = await buildProbe('production');
    expect(production.text).not.toContain(sandboxPublicFile.publicKey);
    expect(production.text).not.toContain('TEST ONLY');
    expect(await production.checkKey(await makeTestKey())).toEqual({
      ok: false,
      error: { code: 'sandboxInProduction', messageKey: 'keys:errors.sandboxInProduction' },
    });
  });

  it('a production build refuses a sandbox-signed key that claims the production kid', async () => {
    const production = await buildProbe('production');
    expect(await production.checkKey(await makeTestKey({ kid: 'conex-2026' }))).toMatchObject({
      ok: false,
      error: { code: 'badSignature' },
    });
  });

  it('a sandbox build contains the sandbox public key and accepts sandbox-signed keys', async () => {
    const sandbox = await buildProbe('sandbox');
    expect(sandbox.text).toContain(sandboxPublicFile.publicKey);
    expect(await sandbox.checkKey(await makeTestKey())).toMatchObject({ ok: true, value: { sandbox: true } });
  });

  it('the production web app build contains neither half of the sandbox key pair', async () => {
    const dir = outDir();
    await build({ configFile, mode: 'production', logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
    const text = builtText(dir);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(sandboxPublicFile.publicKey);
    expect(text).not.toContain(sandboxPrivateFile.privateKeyJwk.d);
  });
});
