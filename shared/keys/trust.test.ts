import { describe, expect, it } from 'vitest';
import { sandboxPublicFile } from '../../tests/fixtures/keys';
import { encodeBase64Url } from './base64url';
import { buildTrustedKeySet, PRODUCTION_KEY_FILES, SANDBOX_KID, trustedKeyFromFile } from './trust';

describe('trusted key sets', () => {
  it('a production set holds the production keys and not the sandbox key', () => {
    const set = buildTrustedKeySet();
    expect([...set.keys.keys()]).toEqual(['conex-2026']);
    expect(set.sandbox).toBe(false);
    expect(set.keys.has(SANDBOX_KID)).toBe(false);
    expect(set.keys.get('conex-2026')!.publicKey).toHaveLength(32);
  });

  it('no production key file is the sandbox key, by kid or by bytes', () => {
    for (const file of PRODUCTION_KEY_FILES) {
      const key = trustedKeyFromFile(file);
      expect(key.kid).not.toBe(SANDBOX_KID);
      expect(encodeBase64Url(key.publicKey)).not.toBe(sandboxPublicFile.publicKey);
    }
  });

  it('the sandbox key is added only when passed explicitly', () => {
    const set = buildTrustedKeySet({ sandboxKeyFile: sandboxPublicFile });
    expect(set.sandbox).toBe(true);
    expect([...set.keys.keys()].sort()).toEqual(['conex-2026', SANDBOX_KID]);
  });

  it('the sandbox key file says it is for tests only', () => {
    expect(sandboxPublicFile.warning).toMatch(/TEST ONLY/);
  });

  it('refuses a key file passed as the sandbox key under another kid', () => {
    expect(() => buildTrustedKeySet({ sandboxKeyFile: { ...sandboxPublicFile, kid: 'conex-2026' } })).toThrow(/sandbox key must have kid/);
  });

  it.each([
    ['another algorithm', { kid: 'k1', alg: 'RS256', publicKey: sandboxPublicFile.publicKey }],
    ['a short key', { kid: 'k1', alg: 'Ed25519', publicKey: 'AAAA' }],
    ['padded base64', { kid: 'k1', alg: 'Ed25519', publicKey: `${sandboxPublicFile.publicKey}=` }],
    ['an upper-case kid', { kid: 'K1', alg: 'Ed25519', publicKey: sandboxPublicFile.publicKey }],
  ])('refuses a key file with %s', (_name, file) => {
    expect(() => trustedKeyFromFile(file)).toThrow();
  });
});
