import { describe, expect, it } from 'vitest';
import { hexBytes, rfc8032Vectors, withUnreducedS } from '../../tests/fixtures/rfc8032-ed25519';
import { makeTestKey, productionTrustedKeys, sandboxTrustedKeys } from '../../tests/fixtures/keys';
import { verifyKey } from '../../shared/keys/verify';
import { createNodeEd25519Verifier, nodeEd25519Verifier } from './ed25519-node';

describe('node:crypto Ed25519 verifier (main)', () => {
  it.each(rfc8032Vectors)('accepts RFC 8032 $name', async (v) => {
    expect(await nodeEd25519Verifier(hexBytes(v.publicKey), hexBytes(v.message), hexBytes(v.signature))).toBe(true);
  });

  it.each(rfc8032Vectors)('refuses RFC 8032 $name with one signature or message bit flipped', async (v) => {
    const signature = hexBytes(v.signature);
    signature[40]! ^= 0x80;
    expect(await nodeEd25519Verifier(hexBytes(v.publicKey), hexBytes(v.message), signature)).toBe(false);
    const message = hexBytes(v.message.length > 0 ? v.message : '00');
    message[0]! ^= 0x01;
    expect(await nodeEd25519Verifier(hexBytes(v.publicKey), message, hexBytes(v.signature))).toBe(false);
  });

  it.each(rfc8032Vectors)('refuses RFC 8032 $name with S not reduced (§5.1.7): no malleable twins', async (v) => {
    expect(await nodeEd25519Verifier(hexBytes(v.publicKey), hexBytes(v.message), withUnreducedS(hexBytes(v.signature)))).toBe(false);
  });

  it('refuses signatures of the wrong length and throws on a public key that is not 32 bytes (a bug, not input)', async () => {
    const v = rfc8032Vectors[1]!;
    const verifier = createNodeEd25519Verifier();
    expect(await verifier(hexBytes(v.publicKey), hexBytes(v.message), hexBytes(v.signature).slice(0, 63))).toBe(false);
    await expect(verifier(hexBytes(v.publicKey).slice(1), hexBytes(v.message), hexBytes(v.signature))).rejects.toThrow(RangeError);
  });

  it('verifies keys as main does: a sandbox key in a sandbox session, refused by production trust', async () => {
    const key = await makeTestKey();
    expect((await verifyKey(key, { trustedKeys: sandboxTrustedKeys(), verifier: nodeEd25519Verifier })).ok).toBe(true);
    const production = await verifyKey(key, { trustedKeys: productionTrustedKeys(), verifier: nodeEd25519Verifier });
    expect(production).toMatchObject({ ok: false, error: { messageKey: 'keys:errors.sandboxInProduction' } });
  });
});
