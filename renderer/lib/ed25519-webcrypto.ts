import type { Ed25519Verifier } from '../../shared/keys/crypto-ports';

const ED25519 = { name: 'Ed25519' } as const;
const MAX_CACHED_KEYS = 32;

/**
 * An Ed25519 verifier on WebCrypto for the renderer. Imported CryptoKeys are
 * cached by public key bytes (one per kid in practice): importKey costs about
 * as much as a verify, which would double the cost of every check.
 */
export function createWebCryptoEd25519Verifier(subtle: SubtleCrypto = globalThis.crypto.subtle): Ed25519Verifier {
  const cache = new Map<string, Promise<CryptoKey>>();
  const keyFor = (raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> => {
    const id = String.fromCharCode(...raw);
    let key = cache.get(id);
    if (!key) {
      key = subtle.importKey('raw', raw, ED25519, false, ['verify']);
      // A failed import must not stay cached: the next call should retry and report again.
      key.catch(() => cache.delete(id));
      if (cache.size >= MAX_CACHED_KEYS) cache.clear();
      cache.set(id, key);
    }
    return key;
  };
  return async (publicKeyRaw, message, signature) => {
    if (signature.byteLength !== 64) return false;
    return subtle.verify(ED25519, await keyFor(publicKeyRaw), signature, message);
  };
}

/** The renderer's shared verifier, created on first use so importing this module needs no WebCrypto. */
let shared: Ed25519Verifier | undefined;
export const webCryptoEd25519Verifier: Ed25519Verifier = (publicKeyRaw, message, signature) => {
  shared ??= createWebCryptoEd25519Verifier();
  return shared(publicKeyRaw, message, signature);
};
