import { describe, expect, it } from 'vitest';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';

const freshName = dbNamesPerTest('migration-v8');

describe('schema v8: Consent To Assign requests move several licenses (R-LIC-6)', () => {
  it('v7 → v8: a one-license request becomes a list of one, found by its license; a v7-shaped queued request leaves the outbox', async () => {
    const name = freshName();
    const old = new ConexDb(name, 7);
    await old.open();
    await old.table('consentRequests').put({
      id: 'c1',
      licenseId: 'lic-1',
      sen: 'SEN-12345678',
      fromEntityId: 'ent-1',
      toEntityName: 'Campus',
      signatoryEmail: 'dean@univ.example',
      reason: '',
      status: 'recorded',
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    const at = '2026-11-01T00:00:00.000Z';
    await old.table('outbox').bulkAdd([
      {
        objectId: 'consent:c1',
        idempotencyKey: 'k1',
        change: { kind: 'consent.request', requestId: 'c1', form: {} },
        createdAt: at,
        attempts: 0,
      },
      { objectId: 'account', idempotencyKey: 'k2', change: { kind: 'account.update', update: { name: 'A' } }, createdAt: at, attempts: 0 },
    ]);
    old.close();

    const upgraded = new ConexDb(name, 8);
    await upgraded.open();
    expect(upgraded.verno).toBe(8);
    const row = await upgraded.consentRequests.get('c1');
    expect(row).toMatchObject({ licenseIds: ['lic-1'], sens: ['SEN-12345678'], toEntityName: 'Campus', status: 'incomplete' });
    expect(row && 'licenseId' in row).toBe(false);
    expect((await upgraded.consentRequests.where('licenseIds').equals('lic-1').toArray()).map((r) => r.id)).toEqual(['c1']);
    expect((await upgraded.outbox.toArray()).map((r) => r.idempotencyKey)).toEqual(['k2']);
    upgraded.close();
  });
});
