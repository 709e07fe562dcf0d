import { encodeBase64Url } from './base64url';
import type { Ed25519Signer } from './crypto-ports';
import { KEY_PREFIX } from './parse';
import { parseKeyPayload, type KeyPayloadInput } from './payload';
import { asciiBytes, utf8Encode } from './utf8';

/**
 * Signs a payload into a key `CX1.<payload>.<signature>`. Only the Conex
 * API sandbox and test fixtures sign; real keys come from Conex. Throws on an
 * invalid payload: signing one is a bug in the caller.
 */
export async function signKey(payload: KeyPayloadInput, signer: Ed25519Signer): Promise<string> {
  const checked = parseKeyPayload(payload);
  return signPayloadText(JSON.stringify(checked), signer);
}

/**
 * Signs any payload text as it stands, valid or not, so tests can make keys
 * whose payload is not JSON or misses fields but whose signature is genuine.
 */
export async function signPayloadText(payloadText: string, signer: Ed25519Signer): Promise<string> {
  const signedText = `${KEY_PREFIX}${encodeBase64Url(utf8Encode(payloadText))}`;
  const signature = await signer(asciiBytes(signedText));
  return `${signedText}.${encodeBase64Url(signature)}`;
}
