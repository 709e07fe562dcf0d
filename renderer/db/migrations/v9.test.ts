import { describe, expect, it } from 'vitest';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';

const freshName = dbNamesPerTest('migration-v9');

describe('schema v9: records that no longer parse are kept aside (issue 14)', () => {
  it('v8 → v9: every v8 row stays as it was, and the empty setAside table is found by table', async () => {
    const name = freshName();
    const old = new ConexDb(name, 8);
    await old.open();
    const quote = { id: 'q1', status: 'draft', lines: 'not a list' };
    await old.table('quotes').put(quote);
    old.close();

    const upgraded = new ConexDb(name, 9);
    await upgraded.open();
    expect(upgraded.verno).toBe(9);
    expect(await upgraded.table('quotes').get('q1')).toEqual(quote);
    await upgraded.setAside.put({
      id: 'quotes:q1',
      table: 'quotes',
      key: 'q1',
      row: quote,
      reason: 'lines',
      setAsideAt: '2026-11-25T10:00:00.000Z',
    });
    expect((await upgraded.setAside.where('table').equals('quotes').toArray()).map((r) => r.id)).toEqual(['quotes:q1']);
    upgraded.close();
  });
});
