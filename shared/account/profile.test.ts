import { describe, expect, it } from 'vitest';
import { checkProfile, emailChanged, emptyProfile, quoteTaxId, type ProfileInput } from './profile';

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
