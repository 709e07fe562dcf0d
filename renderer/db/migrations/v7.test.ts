import { describe, expect, it } from 'vitest';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';

const freshName = dbNamesPerTest('migration-v7');

describe('schema v7: the account side', () => {
  it('v6 → v7: sync tables keep their records and the account tables appear empty', async () => {
    const name = freshName();
    const old = new ConexDb(name, 6);
    await old.open();
    await old.table('licenseContacts').put({ sen: 'SEN-12345678', contacts: [], updatedAt: '2026-01-01T00:00:00.000Z' });
    await old
      .table('outbox')
      .add({ objectId: 'account', idempotencyKey: 'k1', change: {}, createdAt: '2026-01-01T00:00:00.000Z', attempts: 0 });
    old.close();

    const upgraded = new ConexDb(name, 7);
    await upgraded.open();
    expect(upgraded.verno).toBe(7);
    expect(await upgraded.licenseContacts.get('SEN-12345678')).toMatchObject({ sen: 'SEN-12345678' });
    expect(await upgraded.outbox.count()).toBe(1);
    expect(await upgraded.accountProfile.count()).toBe(0);
    expect(await upgraded.consentRequests.count()).toBe(0);
    upgraded.close();
  });
});
