/**
 * Test helpers for the command line: a run with real parts (sandbox-trusted
 * keys, node:crypto, the real catalogues) at a fixed time, and keys files
 * written with the app's own writer.
 */
import { Readable } from 'node:stream';
import { writeKeysFile } from '../shared/keys/keys-file';
import type { KeyPayloadInput } from '../shared/keys/payload';
import { makeTestKey, sandboxTrustedKeys } from '../tests/fixtures/keys';
import type { Outcome } from './context';
import { run } from './run';

/** A fixed now: 4 December 2026, noon local time. */
export const NOW = new Date(2026, 11, 4, 12, 0, 0);

/** Runs `conex` with these arguments as a sandbox build would, in English unless `--lang` or `lang` says otherwise. */
export function conex(argv: readonly string[], options: { stdin?: string; lang?: string; tty?: boolean } = {}): Promise<Outcome> {
  return run(argv, {
    env: { LANG: options.lang ?? 'en_GB.UTF-8' },
    stdin: () => Readable.from([Buffer.from(options.stdin ?? '')]),
    isTTY: () => options.tty ?? false,
    now: NOW,
    trustedKeys: sandboxTrustedKeys(),
    version: '9.9.9-test',
  });
}

/** A keys file of sandbox-signed keys, one per payload override. */
export async function keysFile(overrides: readonly Partial<KeyPayloadInput>[]): Promise<string> {
  const keys = await Promise.all(overrides.map((o) => makeTestKey(o)));
  return writeKeysFile(
    keys.map((canonical, i) => ({ canonical, sen: overrides[i]!.sen ?? 'SEN-12345678', entity: overrides[i]!.entity ?? 'Main Library' })),
  );
}

/** The key with one character changed in its payload: still well-formed, no longer genuine. */
export function tamper(key: string): string {
  const i = key.lastIndexOf('.') - 10;
  return key.slice(0, i) + (key[i] === 'A' ? 'B' : 'A') + key.slice(i + 1);
}
