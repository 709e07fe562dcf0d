import { describe, expect, it } from 'vitest';
import { checkConsentDocument, type ConsentDocument } from '../../../shared/account';
import type { ApiConsentRequest } from '../../../shared/api';
import { entityRow } from '../../test/rows';
import { storePerTest } from '../../test/store';
import { applyConsentDecisions, consentRequestsOf, markConsentRefused, recordConsentRequest } from './consent';
import { listOutbox } from './outbox';

let n = 0;
const now = new Date('2026-11-25T10:00:00Z');
const newId = () => `id${++n}`;
const signed = checkConsentDocument({ name: 'signed.pdf', data: new TextEncoder().encode('%PDF-1.7 signed') });
const document = (signed.ok ? signed.value : null) as ConsentDocument;

const lic1 = { id: 'lic-1', sen: 'SEN-12345678', entityId: 'ent-1' };
const lic2 = { id: 'lic-2', sen: 'SEN-12345679', entityId: 'ent-1' };
const form = { toEntity: 'Faculté de Médecine', signatoryEmail: 'dean@univ.example', reason: 'Budget moved' };

const database = storePerTest('consent-test', {
  seed: async (store) => {
    const at = now.toISOString();
    await store.entities.put(entityRow('ent-1', 'Main Library', { country: 'DZ', createdAt: at, updatedAt: at }));
    for (const l of [lic1, lic2])
      await store.licenses.put({ ...l, product: 'conex-books', maintenanceEnd: '2027-01-01', updatedAt: at } as never);
  },
});

const record = (licenses = [lic1], patch: Partial<typeof form> = {}, doc: ConsentDocument | null = document) =>
  recordConsentRequest(database(), licenses, { ...form, ...patch }, doc, { now, newId });

const answer = (id: string, patch: Partial<ApiConsentRequest> = {}): ApiConsentRequest => ({
  id,
  sens: [lic1.sen, lic2.sen],
  toEntity: form.toEntity,
  signatoryEmail: form.signatoryEmail,
  reason: form.reason,
  documentName: 'signed.pdf',
  status: 'received',
  receivedAt: '2026-11-25T11:00:00.000Z',
  decidedAt: null,
  note: null,
  updatedAt: '2026-11-25T11:00:00.000Z',
  ...patch,
});

describe('Consent To Assign requests (R-LIC-6)', () => {
  it('R-LIC-6 records a request for two licenses with the signed form, queues it for Conex, and moves nothing', async () => {
    const r = await record([lic1, lic2]);
    expect(r).toMatchObject({
      ok: true,
      value: { status: 'recorded', licenseIds: ['lic-1', 'lic-2'], sens: [lic1.sen, lic2.sen], document: { name: 'signed.pdf' } },
    });
    const id = r.ok ? r.value.id : '';
    expect((await consentRequestsOf(database(), 'lic-2')).map((row) => row.id)).toEqual([id]);
    expect((await listOutbox(database())).map((row) => [row.objectId, row.change])).toEqual([
      [
        `consent:${id}`,
        {
          kind: 'consent.request',
          requestId: id,
          request: {
            sens: [lic1.sen, lic2.sen],
            ...form,
            document: { name: 'signed.pdf', mediaType: 'application/pdf', data: document.data },
          },
        },
      ],
    ]);
    expect((await database().licenses.get('lic-1'))?.entityId).toBe('ent-1');
  });

  it('R-LIC-6 refuses the same entity and a request without the signed form: nothing recorded, nothing queued', async () => {
    expect(await record([lic1], { toEntity: 'main library' })).toMatchObject({
      ok: false,
      error: { messageKey: 'account:errors.consentSameEntity', params: { sen: lic1.sen } },
    });
    expect(await record([lic1], {}, null)).toMatchObject({ ok: false, error: { messageKey: 'account:errors.consentDocumentMissing' } });
    expect(await database().consentRequests.count()).toBe(0);
    expect(await listOutbox(database())).toEqual([]);
  });

  it('R-LIC-6 a request Conex received but has not decided moves nothing', async () => {
    const r = await record([lic1, lic2]);
    const id = r.ok ? r.value.id : '';
    expect(await applyConsentDecisions(database(), [answer(id)], now, newId)).toEqual([]);
    expect((await database().consentRequests.get(id))?.status).toBe('sent');
    expect((await database().licenses.get('lic-1'))?.entityId).toBe('ent-1');
  });

  it('R-LIC-6 a confirmation moves every license of the request to the new entity, created in the same country, once', async () => {
    const r = await record([lic1, lic2]);
    const id = r.ok ? r.value.id : '';
    const confirmed = answer(id, { status: 'confirmed', decidedAt: '2026-11-26T09:00:00.000Z' });
    expect((await applyConsentDecisions(database(), [confirmed], now, newId)).sort()).toEqual([lic1.sen, lic2.sen]);
    const [a, b] = await database().licenses.bulkGet(['lic-1', 'lic-2']);
    expect(a?.entityId).toBe(b?.entityId);
    expect(await database().entities.get(a?.entityId ?? '')).toMatchObject({ name: 'Faculté de Médecine', country: 'DZ' });
    expect(await database().consentRequests.get(id)).toMatchObject({ status: 'confirmed', decidedAt: '2026-11-26T09:00:00.000Z' });
    // Seen again (a feed page applied twice): no second move, no second entity.
    await database().licenses.update('lic-1', { entityId: 'ent-1' });
    expect(await applyConsentDecisions(database(), [confirmed], now, newId)).toEqual([]);
    expect(await database().entities.count()).toBe(2);
  });

  it('R-LIC-6 a declined request keeps the licenses and Conex’s note; a refused one keeps why', async () => {
    const a = await record([lic1]);
    const b = await record([lic1], { toEntity: 'Campus' });
    const [idA, idB] = [a.ok ? a.value.id : '', b.ok ? b.value.id : ''];
    await applyConsentDecisions(database(), [answer(idA, { status: 'declined', note: 'Form not signed' })], now, newId);
    await markConsentRefused(database(), idB, { messageKey: 'account:errors.consentSameEntity', params: { sen: lic1.sen } });
    expect(await database().consentRequests.get(idA)).toMatchObject({ status: 'declined', note: 'Form not signed' });
    expect(await database().consentRequests.get(idB)).toMatchObject({
      status: 'refused',
      errorKey: 'account:errors.consentSameEntity',
      errorParams: { sen: lic1.sen },
    });
    expect((await database().licenses.get('lic-1'))?.entityId).toBe('ent-1');
  });
});
