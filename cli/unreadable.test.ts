import type * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { conex } from './test-kit';

// Tests run as root in CI, and root reads a file whatever its mode: the refusal is the file system's, so it is faked here.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const denied = (path: unknown) => String(path).endsWith('locked.conexkeys');
  const refuse = () => {
    throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  };
  return {
    ...real,
    statSync: ((path: string, ...rest: never[]) => (denied(path) ? refuse() : real.statSync(path, ...rest))) as typeof real.statSync,
    readFileSync: ((path: string, ...rest: never[]) =>
      denied(path) ? refuse() : real.readFileSync(path, ...rest)) as typeof real.readFileSync,
  };
});

describe('a file conex may not read', () => {
  it('is one line in the user language, exit 2 for status and 3 for check, never a stack trace', async () => {
    expect(await conex(['status', '/etc/conex/locked.conexkeys'])).toMatchObject({
      stderr: '/etc/conex/locked.conexkeys: permission denied.\n',
      code: 2,
    });
    expect(await conex(['key', 'verify', '--lang', 'fr', '/etc/conex/locked.conexkeys'])).toMatchObject({
      stderr: '/etc/conex/locked.conexkeys : permission refusée.\n',
      code: 2,
    });
    const check = await conex(['check', '/etc/conex/locked.conexkeys']);
    expect(check).toMatchObject({ stdout: 'CONEX UNKNOWN - 1 problem: /etc/conex/locked.conexkeys: permission denied.\n', code: 3 });
  });
});
