/** The license key API: read and verify a pasted key, check it against a license, sign test keys. */
export { decodeBase64Url, encodeBase64Url } from './base64url';
export {
  checkKeyForLicense,
  DIFF_FIELDS,
  type DiffField,
  type FieldChange,
  type KeyApplyCheck,
  type KeyDiff,
  type LicenseSnapshot,
} from './apply-check';
export type { Ed25519Signer, Ed25519SyncVerifier, Ed25519Verifier } from './crypto-ports';
export { KEY_ERROR_CODES, KEY_WARNING_CODES, type KeyError, type KeyErrorCode, type KeyWarning, type KeyWarningCode } from './key-errors';
export { ARMOUR_BEGIN, ARMOUR_END, armourKey, normalizeKeyText } from './normalize';
export { KEY_PREFIX, parseKeyText, type Base64UrlDecoder, type KeyParts } from './parse';
export {
  parseKeyPayload,
  readKeyPayload,
  REQUIRED_PAYLOAD_FIELDS,
  type KeyPayload,
  type KeyPayloadInput,
  type PayloadField,
  type PayloadRead,
} from './payload';
export { signKey, signPayloadText } from './sign';
export { buildTrustedKeySet, PRODUCTION_KEY_FILES, SANDBOX_KID, trustedKeyFromFile, type TrustedKey, type TrustedKeySet } from './trust';
export { verifyKey, verifyKeySync, type VerifiedKey, type VerifyOptions, type VerifySyncOptions } from './verify';
