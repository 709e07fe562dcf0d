import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../pricing/bundled';
import { newDraft } from '../quote';
import { checkProfile, emailChanged, emptyProfile, prefillFromProfile, quoteTaxId, type ProfileInput } from './profile';

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

  it('R-TAX-1 gives new quotes the first recorded tax ID, or none', () => {
    expect(quoteTaxId(undefined)).toBeNull();
    expect(quoteTaxId(emptyProfile('a@b.example', now))).toBeNull();
    expect(quoteTaxId({ ...emptyProfile('a@b.example', now), taxIds: [{ kind: 'GST', value: '27ABCDE1234F1Z5' }] })).toEqual({
      kind: 'GST',
      value: '27ABCDE1234F1Z5',
    });
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
