import { describe, expect, it } from 'vitest';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';

const freshName = dbNamesPerTest('migration-v6');

const stamp = '2026-01-01T00:00:00.000Z';

describe('schema v6: sync with the Conex API', () => {
  it('v5 → v6: earlier tables keep their records and the sync tables appear empty', async () => {
    const name = freshName();
    const old = new ConexDb(name, 5);
    await old.open();
    await old.table('settings').put({ key: 'apiUrl', value: 'https://api.example.com' });
    await old.table('quotes').add({ id: 'q1', status: 'queued', updatedAt: stamp, revision: 2 });
    await old.table('reminderPrefs').put({ entityId: 'e1', thresholds: [30], updatedAt: stamp });
    old.close();

    const upgraded = new ConexDb(name, 6);
    await upgraded.open();
    expect(upgraded.verno).toBe(6);
    expect(await upgraded.settings.get('apiUrl')).toEqual({ key: 'apiUrl', value: 'https://api.example.com' });
    expect(await upgraded.table('quotes').get('q1')).toMatchObject({ status: 'queued', revision: 2 });
    expect(await upgraded.reminderPrefs.count()).toBe(1);
    for (const t of [
      upgraded.outbox,
      upgraded.syncLog,
      upgraded.syncState,
      upgraded.quoteShadows,
      upgraded.syncConflicts,
      upgraded.pendingKeys,
      upgraded.orders,
      upgraded.licenseContacts,
    ]) {
      expect(await t.count(), t.name).toBe(0);
    }
    upgraded.close();
  });

  it('the outbox numbers changes in the order they are made and refuses an idempotency key twice', async () => {
    const database = new ConexDb(freshName(), 6);
    await database.open();
    const row = (key: string, objectId: string) => ({
      objectId,
      idempotencyKey: key,
      change: { kind: 'quote.delete' as const, quoteId: objectId },
      createdAt: stamp,
      attempts: 0,
    });
    await database.outbox.add(row('key-a', 'quote:a'));
    await database.outbox.add(row('key-b', 'quote:b'));
    await database.outbox.add(row('key-c', 'quote:a'));
    expect((await database.outbox.orderBy('seq').toArray()).map((r) => r.idempotencyKey)).toEqual(['key-a', 'key-b', 'key-c']);
    expect((await database.outbox.where('objectId').equals('quote:a').toArray()).map((r) => r.seq)).toEqual([1, 3]);
    await expect(database.outbox.add(row('key-a', 'quote:z'))).rejects.toThrow();
    database.close();
  });
});
