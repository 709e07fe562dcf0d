import { describe, expect, it } from 'vitest';
import { makeTestKey } from '../../tests/fixtures/keys';
import { SANDBOX_KID } from '../../shared/keys/trust';
import { verifyKey } from '../../shared/keys/verify';
import { webCryptoEd25519Verifier } from './ed25519-webcrypto';
import { loadTrustedKeys } from './trusted-keys';

// The renderer test project builds with __CONEX_SANDBOX__ false, as a production build does.
describe('trusted keys of a production renderer build', () => {
  it('are the production keys only', async () => {
    const keys = await loadTrustedKeys();
    expect(keys.sandbox).toBe(false);
    expect(keys.keys.has(SANDBOX_KID)).toBe(false);
    expect(keys.keys.has('conex-2026')).toBe(true);
  });

  it('refuse a sandbox-signed key with keys:errors.sandboxInProduction', async () => {
    const r = await verifyKey(await makeTestKey(), { trustedKeys: await loadTrustedKeys(), verifier: webCryptoEd25519Verifier });
    expect(r).toEqual({ ok: false, error: { code: 'sandboxInProduction', messageKey: 'keys:errors.sandboxInProduction' } });
  });
});
