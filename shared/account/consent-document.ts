import { domainError, err, ok, type Result } from '../errors';
import { encodeBase64Url } from '../keys/base64url';

/** The signed Consent To Assign form the request carries: a PDF or a scan. */
export const CONSENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type ConsentMediaType = (typeof CONSENT_MEDIA_TYPES)[number];

/** Large enough for a scanned page or two; small enough to travel in one request. */
export const CONSENT_DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;

/** The signed form as sent: its file name, type, and bytes in base64url (shared/keys/base64url.ts). */
export interface ConsentDocument {
  readonly name: string;
  readonly mediaType: ConsentMediaType;
  readonly size: number;
  readonly data: string;
}

const starts = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The type the file's first bytes show, whatever its name says. */
export function sniffMediaType(bytes: Uint8Array): ConsentMediaType | undefined {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

/**
 * Checks the signed form a user picked (R-LIC-6): a PDF, PNG or JPEG by its
 * content, not empty, at most CONSENT_DOCUMENT_MAX_BYTES.
 */
export function checkConsentDocument(file: { name: string; data: Uint8Array }): Result<ConsentDocument> {
  const size = file.data.byteLength;
  if (size === 0) return err(domainError('consent.documentEmpty', 'account:errors.consentDocumentEmpty'));
  if (size > CONSENT_DOCUMENT_MAX_BYTES)
    return err(
      domainError('consent.documentTooLarge', 'account:errors.consentDocumentTooLarge', { max: CONSENT_DOCUMENT_MAX_BYTES / 1024 / 1024 }),
    );
  const mediaType = sniffMediaType(file.data);
  if (!mediaType) return err(domainError('consent.documentType', 'account:errors.consentDocumentType'));
  const name = file.name.trim().slice(-200) || 'consent-to-assign';
  return ok({ name, mediaType, size, data: encodeBase64Url(file.data) });
}
