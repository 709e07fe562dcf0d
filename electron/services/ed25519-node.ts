import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Ed25519Verifier } from '../../shared/keys/crypto-ports';

// Ed25519's SubjectPublicKeyInfo is a fixed 12-byte header and the raw key (RFC 8410).
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const MAX_CACHED_KEYS = 32;

/**
 * An Ed25519 verifier on node:crypto for the main process. Public keys are
 * imported once and cached by their bytes: importing costs more than verifying.
 */
export function createNodeEd25519Verifier(): Ed25519Verifier {
  const cache = new Map<string, KeyObject>();
  const keyFor = (raw: Uint8Array): KeyObject => {
    const id = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
    let key = cache.get(id);
    if (!key) {
      if (raw.byteLength !== 32) throw new RangeError('An Ed25519 public key is 32 bytes');
      key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
      if (cache.size >= MAX_CACHED_KEYS) cache.clear();
      cache.set(id, key);
    }
    return key;
  };
  return async (publicKeyRaw, message, signature) => {
    if (signature.byteLength !== 64) return false;
    return verify(null, message, keyFor(publicKeyRaw), signature);
  };
}

/** The main process's shared verifier. */
export const nodeEd25519Verifier: Ed25519Verifier = createNodeEd25519Verifier();
