/**
 * shared/ does no cryptography itself: each platform injects Ed25519.
 * The renderer passes a WebCrypto verifier (renderer/lib/ed25519-webcrypto.ts),
 * main a node:crypto one (electron/services/ed25519-node.ts), and the command
 * line a synchronous node:crypto one (cli/ed25519.ts).
 */

/** Checks an Ed25519 signature. Resolves false (never rejects) for a signature that does not match. */
export type Ed25519Verifier = (
  publicKeyRaw: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
) => Promise<boolean>;

/**
 * The same check for a platform whose Ed25519 is synchronous (node:crypto's `verify`). Returns false (never throws)
 * for a signature that does not match. A thousand-key file then costs no promise per key.
 */
export type Ed25519SyncVerifier = (
  publicKeyRaw: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
) => boolean;

/** Signs with one Ed25519 private key; the key stays inside the closure. */
export type Ed25519Signer = (message: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;
