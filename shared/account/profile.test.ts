import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../pricing/bundled';
import { newDraft, printedTaxIds } from '../quote';
import { checkProfile, emailChanged, emptyProfile, prefillFromProfile, type ProfileInput } from './profile';

const now = new Date('2026-11-25T10:00:00Z');
const input: ProfileInput = {
  email: 'ana@univ.example',
  name: 'Ana Ruiz',
  organization: 'Université d’Alger 1',
  address: '2 rue Didouche Mourad, Alger',
  country: 'DZ',
  phone: '+213 21 00 00 00',
  taxIds: [{ kind: 'VAT', value: 'fr 12345678901' }],
  publicityOptOut: true,
};

describe('the account profile', () => {
  it('R-ACC-1 R-ACC-5 R-TAX-1 accepts a full profile, the tax ID normalized and the publicity choice kept', () => {
    const r = checkProfile(input, now);
    expect(r).toEqual({
      ok: true,
      value: { ...input, taxIds: [{ kind: 'VAT', value: 'FR12345678901' }], updatedAt: now.toISOString() },
    });
  });

  it('R-ACC-1 refuses an invalid email (the username)', () => {
    expect(checkProfile({ ...input, email: 'ana@' }, now)).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.emailInvalid' },
    });
  });

  it('R-TAX-1 refuses a tax ID that does not match its kind, and two of the same kind', () => {
    expect(checkProfile({ ...input, taxIds: [{ kind: 'PAN', value: 'ABC' }] }, now)).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.taxIdFormat.PAN' },
    });
    const twice = checkProfile(
      {
        ...input,
        taxIds: [
          { kind: 'PAN', value: 'ABCDE1234F' },
          { kind: 'PAN', value: 'ABCDE1234G' },
        ],
      },
      now,
    );
    expect(twice).toMatchObject({ ok: false, error: { messageKey: 'account:errors.taxIdDuplicate' } });
  });

  it('R-TAX-1 keeps one tax ID of each kind, up to all four, in the order typed', () => {
    const all = checkProfile(
      {
        ...input,
        taxIds: [
          { kind: 'GST', value: '27abcde1234f1z5' },
          { kind: 'VAT', value: 'FR12345678901' },
          { kind: 'PAN', value: 'ABCDE-1234-F' },
          { kind: 'CIN', value: 'L12345MH2010PLC123456' },
        ],
      },
      now,
    );
    expect(all.ok && all.value.taxIds).toEqual([
      { kind: 'GST', value: '27ABCDE1234F1Z5' },
      { kind: 'VAT', value: 'FR12345678901' },
      { kind: 'PAN', value: 'ABCDE1234F' },
      { kind: 'CIN', value: 'L12345MH2010PLC123456' },
    ]);
  });

  it('R-TAX-1 refuses a tax ID left empty, naming its kind', () => {
    const r = checkProfile({ ...input, taxIds: [...input.taxIds, { kind: 'CIN', value: ' - ' }] }, now);
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'account:errors.taxIdMissing', params: { kind: 'CIN' } } });
  });

  it('refuses a phone with letters', () => {
    expect(checkProfile({ ...input, phone: 'call me' }, now)).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.phoneInvalid' },
    });
    expect(checkProfile({ ...input, phone: '' }, now).ok).toBe(true);
  });

  it('R-ACC-1 tells an email change apart from a change of case', () => {
    const before = emptyProfile('ana@univ.example', now);
    expect(emailChanged(before, { ...before, email: 'ANA@univ.example' })).toBe(false);
    expect(emailChanged(before, { ...before, email: 'it@univ.example' })).toBe(true);
  });
});

describe('a new quote from the profile', () => {
  const book = bundledPriceBook();
  if (!book.ok) throw new Error('bundled price book');
  const draft = newDraft('q1', now, 'en', book.value);
  const profile = {
    ...emptyProfile('ana@univ.example', now),
    organization: 'Univ',
    address: '1 rue',
    country: 'FR' as const,
    taxIds: [{ kind: 'VAT' as const, value: 'FR12345678901' }],
  };

  it('R-TAX-1 takes the organization and tax ID of the profile, so the quote PDF prints them', () => {
    expect(prefillFromProfile(draft, profile)).toMatchObject({
      organization: { licensee: 'Univ', name: 'Univ', address: '1 rue', country: 'FR' },
      taxId: { kind: 'VAT', value: 'FR12345678901' },
    });
  });

  it('R-TAX-1 takes every tax ID of the profile: the first is the quote’s own, and the PDF prints them all', () => {
    const two = { ...profile, taxIds: [...profile.taxIds, { kind: 'PAN' as const, value: 'ABCDE1234F' }] };
    const quote = prefillFromProfile(draft, two);
    expect(quote).toMatchObject({ taxId: { kind: 'VAT' }, moreTaxIds: [{ kind: 'PAN', value: 'ABCDE1234F' }] });
    expect(printedTaxIds(quote)).toEqual(two.taxIds);
    expect(printedTaxIds(prefillFromProfile(draft, { ...profile, taxIds: [] }))).toEqual([]);
  });

  it('R-TAX-1 prints nothing once the quote’s tax ID is set to none, and the quote’s own kind only once', () => {
    const quote = prefillFromProfile(draft, { ...profile, taxIds: [...profile.taxIds, { kind: 'PAN', value: 'ABCDE1234F' }] });
    expect(printedTaxIds({ ...quote, taxId: null })).toEqual([]);
    expect(printedTaxIds({ ...quote, taxId: { kind: 'PAN', value: 'ZZZZZ9999Z' } })).toEqual([{ kind: 'PAN', value: 'ZZZZZ9999Z' }]);
  });

  it('keeps what the quote already has, and leaves it alone without a profile', () => {
    const typed = {
      ...draft,
      organization: { ...draft.organization, name: 'Other' },
      taxId: { kind: 'PAN' as const, value: 'ABCDE1234F' },
    };
    expect(prefillFromProfile(typed, profile)).toMatchObject({ organization: { name: 'Other', licensee: 'Univ' }, taxId: { kind: 'PAN' } });
    expect(prefillFromProfile(draft, undefined)).toBe(draft);
  });
});
