import { describe, expect, it } from 'vitest';
import { checkConsentForm } from './consent';

const form = { toEntity: 'Faculté de Médecine', signatoryEmail: 'dean@univ.example', reason: 'The library moved' };

describe('Consent To Assign form (R-LIC-6)', () => {
  it('R-LIC-6 accepts a request to a new entity with a signatory', () => {
    expect(checkConsentForm({ ...form, toEntity: '  Faculté de Médecine ' }, 'Main Library')).toEqual({ ok: true, value: form });
  });

  it('R-LIC-6 refuses a missing or unchanged entity and a bad signatory email', () => {
    expect(checkConsentForm({ ...form, toEntity: ' ' }, 'Main Library')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.consentEntity' },
    });
    expect(checkConsentForm({ ...form, toEntity: 'main library' }, 'Main Library')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.consentSameEntity' },
    });
    expect(checkConsentForm({ ...form, signatoryEmail: 'dean@' }, 'Main Library')).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.emailInvalid' },
    });
  });
});
