import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Ed25519SyncVerifier } from '../shared/keys/crypto-ports';

// Ed25519's SubjectPublicKeyInfo is a fixed 12-byte header and the raw key (RFC 8410).
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * An Ed25519 verifier on node:crypto. Each trusted public key is imported
 * once (importing costs more than a verify) and found again by the identity
 * of its bytes, which the trusted set hands over unchanged for every key.
 * Synchronous, on the main thread: node:crypto's `verify` is, and a promise
 * per key cost a thousand-key file more than its reading did; the callback
 * form (libuv's thread pool) costs the main thread a third to a half of a
 * verification per key in setting up its job, and gained no time on a busy
 * two-core machine.
 */
export function createVerifier(): Ed25519SyncVerifier {
  const imported = new WeakMap<Uint8Array, KeyObject>();
  return (publicKeyRaw, message, signature) => {
    if (signature.byteLength !== 64 || publicKeyRaw.byteLength !== 32) return false;
    let key = imported.get(publicKeyRaw);
    if (!key) {
      key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKeyRaw]), format: 'der', type: 'spki' });
      imported.set(publicKeyRaw, key);
    }
    // False, never a throw: a signature that cannot be checked is not genuine.
    try {
      return verify(null, message, key, signature);
    } catch {
      return false;
    }
  };
}
