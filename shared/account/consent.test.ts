import { describe, expect, it } from 'vitest';
import { checkConsentForm, checkConsentRequest, type ConsentRequestInput } from './consent';
import { checkConsentDocument, CONSENT_DOCUMENT_MAX_BYTES, sniffMediaType } from './consent-document';

const form = { toEntity: 'Faculté de Médecine', signatoryEmail: 'dean@univ.example', reason: 'The library moved' };
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF');
const signed = (() => {
  const r = checkConsentDocument({ name: 'consent-signed.pdf', data: pdf });
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();
const request = (patch: Partial<ConsentRequestInput> = {}): ConsentRequestInput => ({
  form,
  licenses: [
    { sen: 'SEN-00000001', entityName: 'Main Library' },
    { sen: 'SEN-00000002', entityName: 'Main Library' },
  ],
  document: signed,
  ...patch,
});

describe('Consent To Assign form (R-LIC-6)', () => {
  it('R-LIC-6 accepts a request to a new entity with a signatory', () => {
    expect(checkConsentForm({ ...form, toEntity: '  Faculté de Médecine ' })).toEqual({ ok: true, value: form });
  });

  it('R-LIC-6 refuses a missing entity and a bad signatory email', () => {
    expect(checkConsentForm({ ...form, toEntity: ' ' })).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.consentEntity' },
    });
    expect(checkConsentForm({ ...form, signatoryEmail: 'dean@' })).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.emailInvalid' },
    });
  });
});

describe('Consent To Assign request (R-LIC-6)', () => {
  it('R-LIC-6 moves several licenses at once, each named once, with the signed form', () => {
    const twice = request({ licenses: [...request().licenses, { sen: 'SEN-00000001', entityName: 'Main Library' }] });
    expect(checkConsentRequest(twice)).toEqual({ ok: true, value: { form, sens: ['SEN-00000001', 'SEN-00000002'], document: signed } });
  });

  it('R-LIC-6 refuses no license, a license already in the new entity (naming it), and a missing signed form', () => {
    expect(checkConsentRequest(request({ licenses: [] }))).toMatchObject({ error: { messageKey: 'account:errors.consentNoLicense' } });
    const same = request({ licenses: [{ sen: 'SEN-00000003', entityName: ' faculté de médecine' }] });
    expect(checkConsentRequest(same)).toMatchObject({
      error: { messageKey: 'account:errors.consentSameEntity', params: { sen: 'SEN-00000003' } },
    });
    expect(checkConsentRequest(request({ document: null }))).toMatchObject({
      error: { messageKey: 'account:errors.consentDocumentMissing' },
    });
  });
});

describe('the signed Consent To Assign form (R-LIC-6)', () => {
  it('R-LIC-6 knows a PDF, PNG or JPEG by its content, whatever its name', () => {
    expect(sniffMediaType(pdf)).toBe('application/pdf');
    expect(sniffMediaType(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffMediaType(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(checkConsentDocument({ name: 'scan.pdf', data: new TextEncoder().encode('MZ not a pdf') })).toMatchObject({
      error: { messageKey: 'account:errors.consentDocumentType' },
    });
    expect(signed).toMatchObject({ name: 'consent-signed.pdf', mediaType: 'application/pdf', size: pdf.byteLength });
  });

  it('R-LIC-6 refuses an empty file and one over the size limit', () => {
    expect(checkConsentDocument({ name: 'a.pdf', data: new Uint8Array() })).toMatchObject({
      error: { messageKey: 'account:errors.consentDocumentEmpty' },
    });
    const big = new Uint8Array(CONSENT_DOCUMENT_MAX_BYTES + 1);
    big.set(pdf);
    expect(checkConsentDocument({ name: 'big.pdf', data: big })).toMatchObject({
      error: { messageKey: 'account:errors.consentDocumentTooLarge', params: { max: 2 } },
    });
    const fits = new Uint8Array(CONSENT_DOCUMENT_MAX_BYTES);
    fits.set(pdf);
    expect(checkConsentDocument({ name: 'fits.pdf', data: fits }).ok).toBe(true);
  });
});
