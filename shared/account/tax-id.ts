import { domainError, err, ok, type Result } from '../errors';
import type { TaxId, TaxIdKind } from '../quote';

/**
 * Formats of the tax registrations a customer may record (R-TAX-1). Checked on
 * the value with spaces, dots and dashes removed and letters upper-cased:
 * - VAT: EU-style, a 2-letter country prefix then 2 to 13 letters or digits (FR12345678901, DE123456789).
 * - PAN: India's Permanent Account Number, 5 letters, 4 digits, 1 letter (ABCDE1234F).
 * - CIN: India's Corporate Identity Number, 21 characters: listing status L/U, 5-digit industry code,
 *   2-letter state, 4-digit year, 3-letter company class, 6-digit registration number (L12345MH2010PLC123456).
 * - GST: India's GSTIN, 15 characters: 2-digit state code, the holder's PAN, 1 entity digit or letter,
 *   'Z', 1 check character (27ABCDE1234F1Z5).
 */
export const TAX_ID_FORMATS: Readonly<Record<TaxIdKind, RegExp>> = {
  VAT: /^[A-Z]{2}[A-Z0-9]{2,13}$/,
  PAN: /^[A-Z]{5}[0-9]{4}[A-Z]$/,
  CIN: /^[LU][0-9]{5}[A-Z]{2}[0-9]{4}[A-Z]{3}[0-9]{6}$/,
  GST: /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][0-9A-Z]Z[0-9A-Z]$/,
};

/** The value as it is stored and printed: no spaces, dots or dashes, upper case. */
export function normalizeTaxIdValue(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** Checks a tax ID against its kind's format (R-TAX-1); returns it normalized. */
export function checkTaxId(kind: TaxIdKind, value: string): Result<TaxId> {
  const normalized = normalizeTaxIdValue(value);
  if (normalized === '') return err(domainError('taxId.empty', 'account:errors.taxIdEmpty'));
  if (!TAX_ID_FORMATS[kind].test(normalized)) return err(domainError('taxId.format', `account:errors.taxIdFormat.${kind}`, { kind }));
  return ok({ kind, value: normalized });
}
