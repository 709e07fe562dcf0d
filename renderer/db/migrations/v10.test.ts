import { describe, expect, it } from 'vitest';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';

const freshName = dbNamesPerTest('migration-v10');
const at = '2026-11-01T00:00:00.000Z';
const row = (key: string, accountId?: string) => ({
  objectId: 'account',
  idempotencyKey: key,
  change: { kind: 'account.update', update: { name: 'A' } },
  createdAt: at,
  attempts: 0,
  ...(accountId ? { accountId } : {}),
});

async function upgrade(before: (old: ConexDb) => Promise<void>): Promise<ConexDb> {
  const name = freshName();
  const old = new ConexDb(name, 8);
  await old.open();
  await before(old);
  old.close();
  const upgraded = new ConexDb(name, 10);
  await upgraded.open();
  return upgraded;
}

describe('schema v10: every outbox row names its account; the API address is no longer a setting', () => {
  it('rows queued before v10 take the signed-in account; rows another account left keep theirs; the apiUrl setting goes', async () => {
    const db = await upgrade(async (old) => {
      await old.table('syncState').put({ key: 'account', value: { id: 'acc-now', email: 'a@example.com', apiUrl: 'https://x.example' } });
      await old.table('outbox').bulkAdd([row('key-00001'), row('key-00002', 'acc-before')]);
      await old.table('settings').bulkPut([
        { key: 'apiUrl', value: 'https://api.elsewhere.example' },
        { key: 'theme', value: 'dark' },
      ]);
    });
    expect(db.verno).toBe(10);
    expect((await db.outbox.orderBy('seq').toArray()).map((r) => r.accountId)).toEqual(['acc-now', 'acc-before']);
    expect(await db.settings.get('apiUrl')).toBeUndefined();
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    db.close();
  });

  it('signed out, rows take the account signed in last; with none ever, they stay without one (never sent)', async () => {
    const signedOut = await upgrade(async (old) => {
      await old.table('syncState').put({ key: 'lastAccount', value: { id: 'acc-last', apiUrl: 'https://x.example' } });
      await old.table('outbox').add(row('key-00003'));
    });
    expect((await signedOut.outbox.toArray()).map((r) => r.accountId)).toEqual(['acc-last']);
    signedOut.close();
    const never = await upgrade(async (old) => {
      await old.table('outbox').add(row('key-00004'));
    });
    expect((await never.outbox.toArray()).map((r) => r.accountId)).toEqual([undefined]);
    never.close();
  });
});
