import { describe, expect, it } from 'vitest';
import { checkTaxId, normalizeTaxIdValue } from './tax-id';

describe('tax ID formats (R-TAX-1)', () => {
  it.each([
    ['VAT', 'FR12345678901'],
    ['VAT', 'de 123 456 789'],
    ['PAN', 'ABCDE1234F'],
    ['CIN', 'L12345MH2010PLC123456'],
    ['GST', '27ABCDE1234F1Z5'],
  ] as const)('R-TAX-1 accepts a %s in its format: %s', (kind, value) => {
    expect(checkTaxId(kind, value)).toEqual({ ok: true, value: { kind, value: normalizeTaxIdValue(value) } });
  });

  it.each([
    ['VAT', '12345678901'],
    ['VAT', 'FR1'],
    ['VAT', 'FR12345678901234'],
    ['PAN', 'ABCD12345F'],
    ['PAN', 'ABCDE1234'],
    ['CIN', 'X12345MH2010PLC123456'],
    ['CIN', 'L12345MH2010PLC12345'],
    ['GST', '27ABCDE1234F1A5'],
    ['GST', 'ABCDE1234F1Z5'],
    ['PAN', 'FR12345678901'],
  ] as const)('R-TAX-1 refuses a %s that does not match its format: %s', (kind, value) => {
    expect(checkTaxId(kind, value)).toEqual({
      ok: false,
      error: { code: 'taxId.format', messageKey: `account:errors.taxIdFormat.${kind}`, params: { kind } },
    });
  });

  it('R-TAX-1 refuses an empty value', () => {
    expect(checkTaxId('VAT', '  ')).toMatchObject({ ok: false, error: { messageKey: 'account:errors.taxIdEmpty' } });
  });

  it('stores the value without spaces, dots or dashes, in upper case', () => {
    expect(normalizeTaxIdValue(' abcde-1234.f ')).toBe('ABCDE1234F');
  });
});
