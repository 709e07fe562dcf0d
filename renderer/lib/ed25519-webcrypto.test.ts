import { describe, expect, it, vi } from 'vitest';
import { hexBytes, rfc8032Vectors, withUnreducedS } from '../../tests/fixtures/rfc8032-ed25519';
import { makeTestKey, sandboxTrustedKeys } from '../../tests/fixtures/keys';
import { verifyKey } from '../../shared/keys/verify';
import { createWebCryptoEd25519Verifier, webCryptoEd25519Verifier } from './ed25519-webcrypto';

describe('WebCrypto Ed25519 verifier (renderer)', () => {
  it.each(rfc8032Vectors)('accepts RFC 8032 $name', async (v) => {
    expect(await webCryptoEd25519Verifier(hexBytes(v.publicKey), hexBytes(v.message), hexBytes(v.signature))).toBe(true);
  });

  it.each(rfc8032Vectors)('refuses RFC 8032 $name with one signature or message bit flipped', async (v) => {
    const signature = hexBytes(v.signature);
    signature[17]! ^= 0x04;
    expect(await webCryptoEd25519Verifier(hexBytes(v.publicKey), hexBytes(v.message), signature)).toBe(false);
    const message = hexBytes(v.message.length > 0 ? v.message : '00');
    message[0]! ^= 0x01;
    expect(await webCryptoEd25519Verifier(hexBytes(v.publicKey), message, hexBytes(v.signature))).toBe(false);
  });

  it.each(rfc8032Vectors)('refuses RFC 8032 $name with S not reduced (§5.1.7): no malleable twins', async (v) => {
    expect(await webCryptoEd25519Verifier(hexBytes(v.publicKey), hexBytes(v.message), withUnreducedS(hexBytes(v.signature)))).toBe(false);
  });

  it('refuses another vector’s public key, and signatures of the wrong length', async () => {
    const [a, b] = rfc8032Vectors as [(typeof rfc8032Vectors)[0], (typeof rfc8032Vectors)[0]];
    expect(await webCryptoEd25519Verifier(hexBytes(b.publicKey), hexBytes(a.message), hexBytes(a.signature))).toBe(false);
    expect(await webCryptoEd25519Verifier(hexBytes(a.publicKey), hexBytes(a.message), hexBytes(a.signature).slice(0, 63))).toBe(false);
  });

  it('imports each public key once, however many signatures it checks', async () => {
    const subtle = globalThis.crypto.subtle;
    const importKey = vi.spyOn(subtle, 'importKey');
    const verifier = createWebCryptoEd25519Verifier(subtle);
    const [v1, v2] = rfc8032Vectors as [(typeof rfc8032Vectors)[0], (typeof rfc8032Vectors)[0]];
    for (let i = 0; i < 5; i++) {
      expect(await verifier(hexBytes(v1.publicKey), hexBytes(v1.message), hexBytes(v1.signature))).toBe(true);
      expect(await verifier(hexBytes(v2.publicKey), hexBytes(v2.message), hexBytes(v2.signature))).toBe(true);
    }
    expect(importKey).toHaveBeenCalledTimes(2);
    importKey.mockRestore();
  });

  it('an array it has seen, refilled with another public key, verifies with the new key, never the one imported before', async () => {
    const verifier = createWebCryptoEd25519Verifier(globalThis.crypto.subtle);
    const [v1, v2] = rfc8032Vectors as [(typeof rfc8032Vectors)[0], (typeof rfc8032Vectors)[0]];
    const publicKey = hexBytes(v1.publicKey);
    expect(await verifier(publicKey, hexBytes(v1.message), hexBytes(v1.signature))).toBe(true);
    expect(await verifier(publicKey, hexBytes(v1.message), hexBytes(v1.signature))).toBe(true);
    publicKey.set(hexBytes(v2.publicKey));
    expect(await verifier(publicKey, hexBytes(v1.message), hexBytes(v1.signature))).toBe(false);
    expect(await verifier(publicKey, hexBytes(v2.message), hexBytes(v2.signature))).toBe(true);
  });

  it('verifies a sandbox key end to end as the renderer does', async () => {
    const r = await verifyKey(await makeTestKey(), { trustedKeys: sandboxTrustedKeys(), verifier: webCryptoEd25519Verifier });
    expect(r.ok).toBe(true);
  });
});
