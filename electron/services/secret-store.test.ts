import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSecretStore, type SecretCipher } from './secret-store';

/** A reversible stand-in for safeStorage: the real one needs the OS keychain. */
function fakeCipher(available: { value: boolean }): SecretCipher {
  return {
    isEncryptionAvailable: () => available.value,
    encryptString: (plain) => Buffer.from(`enc:${Buffer.from(plain, 'utf8').toString('hex')}`, 'utf8'),
    decryptString: (blob) => {
      const text = blob.toString('utf8');
      if (!text.startsWith('enc:')) throw new Error('not ours');
      return Buffer.from(text.slice(4), 'hex').toString('utf8');
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('secret store', () => {
  it('stores secrets encrypted on disk and reads them back after a restart', async () => {
    const file = join(dir, 'secrets.json');
    const cipher = fakeCipher({ value: true });
    expect(await createSecretStore(file, cipher).set('api.token', 'tok-123-secret')).toEqual({ encrypted: true });
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('tok-123-secret');
    expect(await createSecretStore(file, cipher).get('api.token')).toBe('tok-123-secret');
  });

  it('keeps secrets in memory only, and says so, when the OS offers no encryption', async () => {
    const file = join(dir, 'secrets.json');
    const store = createSecretStore(file, fakeCipher({ value: false }));
    expect(await store.set('api.token', 'tok-plain')).toEqual({ encrypted: false });
    expect(await store.get('api.token')).toBe('tok-plain');
    await expect(readFile(file, 'utf8')).rejects.toThrow();
    expect(await createSecretStore(file, fakeCipher({ value: false })).get('api.token')).toBeNull();
  });

  it('deletes a secret from disk and memory', async () => {
    const file = join(dir, 'secrets.json');
    const store = createSecretStore(file, fakeCipher({ value: true }));
    await store.set('api.token', 'a');
    await store.set('api.refresh', 'b');
    await store.delete('api.token');
    expect(await store.get('api.token')).toBeNull();
    expect(await store.get('api.refresh')).toBe('b');
    expect(JSON.parse(await readFile(file, 'utf8')).secrets).not.toHaveProperty('api.token');
  });

  it('treats a secret it can no longer decrypt as missing', async () => {
    const file = join(dir, 'secrets.json');
    const cipher = fakeCipher({ value: true });
    await createSecretStore(file, cipher).set('api.token', 'a');
    const otherKeychain: SecretCipher = {
      ...cipher,
      decryptString: () => {
        throw new Error('bad key');
      },
    };
    expect(await createSecretStore(file, otherKeychain).get('api.token')).toBeNull();
  });

  it('returns null for a key never stored', async () => {
    expect(await createSecretStore(join(dir, 's.json'), fakeCipher({ value: true })).get('nothing')).toBeNull();
  });
});
