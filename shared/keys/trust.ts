import conex2026 from '../../resources/keys/conex-2026.json' with { type: 'json' };
import { decodeBase64Url } from './base64url';
import { KID_PATTERN } from './payload';

/**
 * The id of the Conex API sandbox's signing key. Production code knows the
 * name, so it can tell the user why such a key is refused, but never the
 * public key itself (that lives in tests/sandbox/keys/).
 */
export const SANDBOX_KID = 'conex-sandbox-test';

/** A vendor public key file as stored in resources/keys/<kid>.json. */
export interface PublicKeyFile {
  readonly kid: string;
  readonly alg: 'Ed25519';
  /** The raw 32-byte key in unpadded base64url. */
  readonly publicKey: string;
}

/** A public key the app accepts signatures from. */
export interface TrustedKey {
  readonly kid: string;
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array<ArrayBuffer>;
}

/** The keys a build trusts, by kid. `sandbox` is true only when the sandbox key is among them. */
export interface TrustedKeySet {
  readonly keys: ReadonlyMap<string, TrustedKey>;
  readonly sandbox: boolean;
}

/** The production public keys, always trusted (resources/keys/). */
export const PRODUCTION_KEY_FILES: readonly unknown[] = [conex2026];

/** Reads a public key file; throws on a malformed one, which is a packaging bug, not user input. */
export function trustedKeyFromFile(file: unknown): TrustedKey {
  // Checked by hand, not by a schema: every run of `conex` reads these files, and zod would load for them alone.
  const { kid, alg, publicKey } = (typeof file === 'object' && file !== null ? file : {}) as Partial<Record<keyof PublicKeyFile, unknown>>;
  if (typeof kid !== 'string' || !KID_PATTERN.test(kid)) throw new Error('A public key file needs a kid of lower-case words and digits');
  if (alg !== 'Ed25519') throw new Error(`Public key ${kid}: alg must be Ed25519`);
  const raw = typeof publicKey === 'string' ? decodeBase64Url(publicKey) : undefined;
  if (raw?.length !== 32) throw new Error(`Public key ${kid}: publicKey must be 32 bytes in base64url`);
  return { kid, publicKey: raw };
}

/**
 * The trusted set: the production keys, plus the sandbox key only when the
 * caller passes it, which only a sandbox build or a test can do.
 */
export function buildTrustedKeySet(options: { sandboxKeyFile?: unknown } = {}): TrustedKeySet {
  const keys = new Map<string, TrustedKey>();
  for (const file of PRODUCTION_KEY_FILES) {
    const key = trustedKeyFromFile(file);
    if (key.kid === SANDBOX_KID) throw new Error('The sandbox key cannot be a production key');
    keys.set(key.kid, key);
  }
  if (options.sandboxKeyFile !== undefined) {
    const sandbox = trustedKeyFromFile(options.sandboxKeyFile);
    if (sandbox.kid !== SANDBOX_KID) throw new Error(`The sandbox key must have kid ${SANDBOX_KID}`);
    keys.set(sandbox.kid, sandbox);
  }
  return { keys, sandbox: keys.has(SANDBOX_KID) };
}
