import { describe, expect, it } from 'vitest';
import { storePerTest } from '../../test/store';
import { getKeyHistoryEntry, listKeyHistory, recordKeyApplied } from './key-history';

const database = storePerTest('key-history-test');

const license = { id: 'lic-1', sen: 'SEN-12345678' };
const at = (day: number) => new Date(`2026-03-${String(day).padStart(2, '0')}T10:00:00Z`);
const record = (
  id: string,
  key: string,
  day: number,
  previous?: { key?: string; issued: string; updatedAt: string },
  restoredFrom?: string,
) =>
  database().transaction('rw', database().keyHistory, () =>
    recordKeyApplied(database(), license, previous, { id, key, issued: at(day).toISOString(), restoredFrom }, at(day)),
  );

describe('key history (R-LIC-3)', () => {
  it('lists the current key first, then the replaced ones latest first', async () => {
    await record('a', 'CX1.a', 1);
    await record('b', 'CX1.b', 5);
    await record('c', 'CX1.a', 9, undefined, 'a');
    const rows = await listKeyHistory(database(), 'lic-1');
    expect(rows.map((r) => [r.id, r.replacedAt, r.restoredFrom])).toEqual([
      ['c', undefined, 'a'],
      ['b', at(9).toISOString(), undefined],
      ['a', at(5).toISOString(), undefined],
    ]);
  });

  it('only lists the entries of the license asked for', async () => {
    await record('a', 'CX1.a', 1);
    await database().keyHistory.add({ id: 'other', licenseId: 'lic-2', sen: 'SEN-00000002', key: 'CX1.z', issued: '', appliedAt: '' });
    expect((await listKeyHistory(database(), 'lic-1')).map((r) => r.id)).toEqual(['a']);
  });

  it('adds an entry for a key the license carried without one, closed when the new key arrives', async () => {
    const previous = { key: 'CX1.synced', issued: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };
    await record('b', 'CX1.b', 5, previous);
    expect(await listKeyHistory(database(), 'lic-1')).toEqual([
      { id: 'b', licenseId: 'lic-1', sen: 'SEN-12345678', key: 'CX1.b', issued: at(5).toISOString(), appliedAt: at(5).toISOString() },
      {
        id: 'b-previous',
        licenseId: 'lic-1',
        sen: 'SEN-12345678',
        key: 'CX1.synced',
        issued: previous.issued,
        appliedAt: previous.updatedAt,
        replacedAt: at(5).toISOString(),
      },
    ]);
  });

  it('does not add the previous key twice when it already has an entry', async () => {
    await record('a', 'CX1.a', 1);
    await record('b', 'CX1.b', 5, { key: 'CX1.a', issued: at(1).toISOString(), updatedAt: at(1).toISOString() });
    expect(await database().keyHistory.count()).toBe(2);
  });

  it('reads one entry, or says it is missing', async () => {
    await record('a', 'CX1.a', 1);
    expect(await getKeyHistoryEntry(database(), 'a')).toMatchObject({ ok: true, value: { key: 'CX1.a' } });
    expect(await getKeyHistoryEntry(database(), 'zz')).toMatchObject({
      ok: false,
      error: { messageKey: 'licenses:errors.historyMissing' },
    });
  });
});
