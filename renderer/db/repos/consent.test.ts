import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiConsentRequest } from '../../../shared/api';
import { ConexDb } from '../database';
import { applyConsentDecisions, consentRequestsOf, markConsentRefused, recordConsentRequest } from './consent';
import { listOutbox } from './outbox';

let database: ConexDb;
let n = 0;
const now = new Date('2026-11-25T10:00:00Z');
const newId = () => `id${++n}`;
beforeEach(async () => {
  database = new ConexDb(`consent-test-${Math.random()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const license = { id: 'lic-1', sen: 'SEN-12345678', entityId: 'ent-1' };
const form = { toEntity: 'Faculté de Médecine', signatoryEmail: 'dean@univ.example', reason: 'Budget moved' };

async function seedLicense() {
  await database.entities.put({
    id: 'ent-1',
    name: 'Main Library',
    kind: 'library',
    country: 'DZ',
    notes: '',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    nameKey: 'main library|DZ',
  });
  await database.licenses.put({ ...license, product: 'conex-books', maintenanceEnd: '2027-01-01', updatedAt: now.toISOString() } as never);
}

const answer = (id: string, patch: Partial<ApiConsentRequest> = {}): ApiConsentRequest => ({
  id,
  sen: license.sen,
  toEntity: form.toEntity,
  signatoryEmail: form.signatoryEmail,
  reason: form.reason,
  status: 'received',
  receivedAt: '2026-11-25T11:00:00.000Z',
  decidedAt: null,
  note: null,
  updatedAt: '2026-11-25T11:00:00.000Z',
  ...patch,
});

describe('Consent To Assign requests (R-LIC-6)', () => {
  it('R-LIC-6 records the request, queues the form for Conex, and leaves the license where it is', async () => {
    await seedLicense();
    const r = await recordConsentRequest(database, license, form, 'Main Library', { now, newId });
    expect(r).toMatchObject({ ok: true, value: { status: 'recorded', fromEntityId: 'ent-1', toEntityName: 'Faculté de Médecine' } });
    const id = r.ok ? r.value.id : '';
    expect(await consentRequestsOf(database, 'lic-1')).toHaveLength(1);
    expect((await listOutbox(database)).map((row) => [row.objectId, row.change])).toEqual([
      [`consent:${id}`, { kind: 'consent.request', requestId: id, form: { sen: license.sen, ...form } }],
    ]);
    expect((await database.licenses.get('lic-1'))?.entityId).toBe('ent-1');
  });

  it('R-LIC-6 refuses a request to the same entity: nothing recorded, nothing queued', async () => {
    const r = await recordConsentRequest(database, license, { ...form, toEntity: 'main library' }, 'Main Library', { now, newId });
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'account:errors.consentSameEntity' } });
    expect(await database.consentRequests.count()).toBe(0);
    expect(await listOutbox(database)).toEqual([]);
  });

  it('R-LIC-6 a request Conex received but has not decided moves nothing', async () => {
    await seedLicense();
    const r = await recordConsentRequest(database, license, form, 'Main Library', { now, newId });
    const id = r.ok ? r.value.id : '';
    expect(await applyConsentDecisions(database, [answer(id)], now, newId)).toEqual([]);
    expect((await database.consentRequests.get(id))?.status).toBe('sent');
    expect((await database.licenses.get('lic-1'))?.entityId).toBe('ent-1');
  });

  it('R-LIC-6 a confirmation moves the license to the new entity, created in the same country, once', async () => {
    await seedLicense();
    const r = await recordConsentRequest(database, license, form, 'Main Library', { now, newId });
    const id = r.ok ? r.value.id : '';
    const confirmed = answer(id, { status: 'confirmed', decidedAt: '2026-11-26T09:00:00.000Z' });
    expect(await applyConsentDecisions(database, [confirmed], now, newId)).toEqual([license.sen]);
    const moved = await database.licenses.get('lic-1');
    const entity = await database.entities.get(moved?.entityId ?? '');
    expect(entity).toMatchObject({ name: 'Faculté de Médecine', country: 'DZ' });
    expect(await database.consentRequests.get(id)).toMatchObject({ status: 'confirmed', decidedAt: '2026-11-26T09:00:00.000Z' });
    // Seen again (a feed page applied twice): no second move, no second entity.
    await database.licenses.update('lic-1', { entityId: 'ent-1' });
    expect(await applyConsentDecisions(database, [confirmed], now, newId)).toEqual([]);
    expect(await database.entities.count()).toBe(2);
  });

  it('R-LIC-6 a declined request keeps the license and Conex’s note; a refused one keeps why', async () => {
    await seedLicense();
    const a = await recordConsentRequest(database, license, form, 'Main Library', { now, newId });
    const b = await recordConsentRequest(database, license, { ...form, toEntity: 'Campus' }, 'Main Library', { now, newId });
    const [idA, idB] = [a.ok ? a.value.id : '', b.ok ? b.value.id : ''];
    await applyConsentDecisions(database, [answer(idA, { status: 'declined', note: 'Form not signed' })], now, newId);
    await markConsentRefused(database, idB, 'sync:errors.notFound');
    expect(await database.consentRequests.get(idA)).toMatchObject({ status: 'declined', note: 'Form not signed' });
    expect(await database.consentRequests.get(idB)).toMatchObject({ status: 'refused', errorKey: 'sync:errors.notFound' });
    expect((await database.licenses.get('lic-1'))?.entityId).toBe('ent-1');
  });
});
