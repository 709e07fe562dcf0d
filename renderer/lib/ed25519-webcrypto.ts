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
  // The trusted key set hands the same array for a kid on every check: once imported, its CryptoKey is found by that
  // array, with no string built and no promise awaited. The bytes are compared too, so an array reused for another
  // key can never verify with the old one.
  const imported = new WeakMap<Uint8Array, { bytes: Uint8Array; key: CryptoKey }>();
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
    const bytes = raw.slice();
    void key.then(
      (done) => imported.set(raw, { bytes, key: done }),
      () => undefined,
    );
    return key;
  };
  // Not an async function: a known key's check is WebCrypto's own promise, with no wrapping one to settle after it.
  return (publicKeyRaw, message, signature) => {
    if (signature.byteLength !== 64) return Promise.resolve(false);
    const known = imported.get(publicKeyRaw);
    if (known && sameBytes(known.bytes, publicKeyRaw)) return subtle.verify(ED25519, known.key, signature, message);
    return keyFor(publicKeyRaw).then((key) => subtle.verify(ED25519, key, signature, message));
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The renderer's shared verifier, created on first use so importing this module needs no WebCrypto. */
let shared: Ed25519Verifier | undefined;
export const webCryptoEd25519Verifier: Ed25519Verifier = (publicKeyRaw, message, signature) => {
  shared ??= createWebCryptoEd25519Verifier();
  return shared(publicKeyRaw, message, signature);
};
