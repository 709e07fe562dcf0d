import { err, ok, type Result } from '../errors';
import type { Ed25519SyncVerifier, Ed25519Verifier } from './crypto-ports';
import { keyError, type KeyError } from './key-errors';
import { parseKeyText, type Base64UrlDecoder } from './parse';
import { missingPayloadFields, readKeyPayload, type KeyPayload } from './payload';
import { SANDBOX_KID, type TrustedKey, type TrustedKeySet } from './trust';
import { asciiBytes, utf8Decode } from './utf8';

/** A key whose signature matched a trusted key and whose payload is complete. */
export interface VerifiedKey {
  /** The key without paste decorations; store this one. */
  readonly canonical: string;
  readonly payload: KeyPayload;
  /** True when signed by the sandbox key (only possible in a sandbox build). */
  readonly sandbox: boolean;
}

export interface VerifyOptions {
  readonly trustedKeys: TrustedKeySet;
  readonly verifier: Ed25519Verifier;
  /** The platform's native base64url decoder, held to `decodeBase64Url`'s contract; that one by default. */
  readonly decodeBase64Url?: Base64UrlDecoder;
}

/** The options of `verifyKeySync`: the same trusted keys, with a synchronous verifier. */
export interface VerifySyncOptions {
  readonly trustedKeys: TrustedKeySet;
  readonly verifier: Ed25519SyncVerifier;
  /** The platform's native base64url decoder, held to `decodeBase64Url`'s contract; that one by default. */
  readonly decodeBase64Url?: Base64UrlDecoder;
}

/** What a key's reading is; each signature it needs checked is a step, answered with whether that key signed it. */
type KeyReading = Generator<SignatureCheck, Result<VerifiedKey, KeyError>, boolean>;

interface SignatureCheck {
  readonly publicKey: Uint8Array<ArrayBuffer>;
  readonly message: Uint8Array<ArrayBuffer>;
  readonly signature: Uint8Array<ArrayBuffer>;
}

/**
 * Reads a pasted license key and checks its signature. Never throws for any
 * input: every way a paste can be wrong is a `keys:errors.*` error. The key is
 * accepted only if the signature over `CX1.<payload>` matches the trusted key
 * named by its kid.
 */
export async function verifyKey(text: string, options: VerifyOptions): Promise<Result<VerifiedKey, KeyError>> {
  const reading = readKey(text, options.trustedKeys, options.decodeBase64Url);
  let step = reading.next();
  while (!step.done) step = reading.next(await options.verifier(step.value.publicKey, step.value.message, step.value.signature));
  return step.value;
}

/** `verifyKey` with a synchronous verifier: the same checks in the same order, so the same answer for every input. */
export function verifyKeySync(text: string, options: VerifySyncOptions): Result<VerifiedKey, KeyError> {
  const reading = readKey(text, options.trustedKeys, options.decodeBase64Url);
  let step = reading.next();
  while (!step.done) step = reading.next(options.verifier(step.value.publicKey, step.value.message, step.value.signature));
  return step.value;
}

// The checks themselves, written once for both verifiers: the renderer's WebCrypto is asynchronous, node:crypto is not.
function* readKey(text: string, trustedKeys: TrustedKeySet, decode?: Base64UrlDecoder): KeyReading {
  const parsed = parseKeyText(text, decode);
  if (!parsed.ok) return parsed;
  const parts = parsed.value;
  const message = asciiBytes(parts.signedText);
  const check = (key: TrustedKey): SignatureCheck => ({ publicKey: key.publicKey, message, signature: parts.signature });

  const json = readJsonObject(parts.payloadBytes);
  const kid = typeof json?.kid === 'string' ? json.kid : undefined;
  if (json === undefined || kid === undefined) {
    // No kid to pick a key by: if some trusted key signed it, the issuer sent a bad
    // payload; otherwise the paste was altered, which is the likelier story.
    let signed = false;
    for (const key of trustedKeys.keys.values()) if ((signed = yield check(key))) break;
    if (!signed) return err(keyError('badSignature'));
    return err(json === undefined ? keyError('notJson') : keyError('missingFields', { fields: 'kid' }));
  }

  const trusted = trustedKeys.keys.get(kid);
  if (!trusted) return err(kid === SANDBOX_KID ? keyError('sandboxInProduction') : keyError('unknownKid', { kid: kid.slice(0, 64) }));
  if (!(yield check(trusted))) return err(keyError('badSignature'));

  const missing = missingPayloadFields(json);
  if (missing.length > 0) return err(keyError('missingFields', { fields: missing.join(', ') }));
  const payload = readKeyPayload(json);
  if (!payload.ok) return err(keyError('invalidFields', { fields: payload.invalid.join(', ') }));
  return ok({ canonical: parts.canonical, payload: payload.value, sandbox: kid === SANDBOX_KID });
}

function readJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  const text = utf8Decode(bytes);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
