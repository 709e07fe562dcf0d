import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Ed25519SyncVerifier, Ed25519Verifier } from '../shared/keys/crypto-ports';

// Ed25519's SubjectPublicKeyInfo is a fixed 12-byte header and the raw key (RFC 8410).
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Each trusted public key imported once (importing costs more than a verify), found again by the identity of its bytes. */
function keyImporter(): (publicKeyRaw: Uint8Array) => KeyObject {
  const imported = new WeakMap<Uint8Array, KeyObject>();
  return (publicKeyRaw) => {
    let key = imported.get(publicKeyRaw);
    if (!key) {
      key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKeyRaw]), format: 'der', type: 'spki' });
      imported.set(publicKeyRaw, key);
    }
    return key;
  };
}

/**
 * An Ed25519 verifier on node:crypto, synchronous, on the main thread: for a
 * command that prints each key as it reads it (`key verify`), where a promise
 * per key cost more than it gained.
 */
export function createVerifier(): Ed25519SyncVerifier {
  const keyFor = keyImporter();
  return (publicKeyRaw, message, signature) => {
    if (signature.byteLength !== 64 || publicKeyRaw.byteLength !== 32) return false;
    // False, never a throw: a signature that cannot be checked is not genuine.
    try {
      return verify(null, message, keyFor(publicKeyRaw), signature);
    } catch {
      return false;
    }
  };
}

/**
 * The same check on libuv's thread pool (node:crypto's callback form): a
 * command that reads every key before it prints (`check`, `status`, `ics`)
 * starts them all, and the verifications, most of its work, run on every core
 * while the main thread reads the next key (100 keys: 12 ms one after another,
 * 7 ms in the pool, on two cores).
 */
export function createPoolVerifier(): Ed25519Verifier {
  const keyFor = keyImporter();
  return (publicKeyRaw, message, signature) =>
    new Promise((resolve) => {
      if (signature.byteLength !== 64 || publicKeyRaw.byteLength !== 32) return resolve(false);
      try {
        verify(null, message, keyFor(publicKeyRaw), signature, (error, valid) => resolve(!error && valid));
      } catch {
        resolve(false);
      }
    });
}
