import { err, ok, type Result } from '../errors';
import { decodeBase64Url } from './base64url';
import { keyError, type KeyError } from './key-errors';
import { normalizeKeyText } from './normalize';

/** The version prefix of every key; also the start of the signed message. */
export const KEY_PREFIX = 'CX1.';
/** An Ed25519 signature is 64 bytes: 86 base64url characters. */
export const SIGNATURE_CHARS = 86;
/** Far above any real key; stops a huge paste from being decoded at all. */
export const MAX_KEY_CHARS = 8192;

const KEY_CHARS = /^[A-Za-z0-9_.-]*$/;

/** A key split into its parts, before the signature is checked. */
export interface KeyParts {
  /** The key without any paste decorations: `CX1.<payload>.<signature>`. */
  readonly canonical: string;
  /** The ASCII bytes the signature covers: `CX1.<payload>`. */
  readonly signedText: string;
  readonly payloadBytes: Uint8Array<ArrayBuffer>;
  readonly signature: Uint8Array<ArrayBuffer>;
}

/** Decodes canonical unpadded base64url, undefined for any other text: `decodeBase64Url`, or a platform's own with its contract. */
export type Base64UrlDecoder = (text: string) => Uint8Array<ArrayBuffer> | undefined;

/** Normalises a pasted key and splits it; errors say whether it is empty, cut short or malformed. */
export function parseKeyText(text: string, decode: Base64UrlDecoder = decodeBase64Url): Result<KeyParts, KeyError> {
  // A bare key (most are: every key of a keys file) is already canonical; its characters are then checked once, not twice.
  const bare = KEY_CHARS.test(text);
  const canonical = bare ? text : normalizeKeyText(text);
  if (canonical.length === 0) return err(keyError('empty'));
  if (canonical.length > MAX_KEY_CHARS || (!bare && !KEY_CHARS.test(canonical))) return err(keyError('badFormat'));
  if (!canonical.startsWith(KEY_PREFIX)) {
    return err(keyError(KEY_PREFIX.startsWith(canonical) ? 'truncated' : 'badFormat'));
  }
  const parts = canonical.split('.');
  if (parts.length < 3) return err(keyError('truncated'));
  if (parts.length > 3) return err(keyError('badFormat'));
  const [, payloadText = '', signatureText = ''] = parts;
  if (signatureText.length < SIGNATURE_CHARS) return err(keyError('truncated'));
  if (signatureText.length > SIGNATURE_CHARS || payloadText.length === 0) return err(keyError('badFormat'));
  const payloadBytes = decode(payloadText);
  const signature = decode(signatureText);
  if (!payloadBytes || !signature) return err(keyError('badFormat'));
  return ok({ canonical, signedText: canonical.slice(0, KEY_PREFIX.length + payloadText.length), payloadBytes, signature });
}
