import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';

const freshName = dbNamesPerTest('migration-v4');

const license = {
  id: 'lic-1',
  sen: 'SEN-00000001',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Express',
  type: 'academic',
  entityId: 'e1',
  serverId: 'srv-1',
  licensee: 'Main Library',
  issued: '2025-01-10T00:00:00.000Z',
  maintenanceStart: '2025-01-10',
  maintenanceEnd: '2026-01-10',
  majorVersion: 9,
  createdAt: '2025-01-10T00:00:00.000Z',
  updatedAt: '2025-01-10T00:00:00.000Z',
};

describe('schema v4: quotes', () => {
  it('v3 → v4: entities, settings, licenses, key history and meta are kept, and an empty quotes table appears', async () => {
    const name = freshName();
    const old = new ConexDb(name, 3);
    await old.open();
    await old.table('entities').add({
      id: 'e1',
      name: 'Main Library',
      kind: 'library',
      country: 'FR',
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      nameKey: 'FR|main library',
    });
    await old.table('settings').put({ key: 'language', value: 'fr' });
    await old.table('licenses').add(license);
    await old.table('keyHistory').add({ id: 'k1', licenseId: 'lic-1', sen: 'SEN-00000001', key: 'CX1.x', issued: '', appliedAt: '' });
    await old.table('meta').put({ key: 'latestSeen', value: '2026-01-01T00:00:00.000Z' });
    old.close();

    const upgraded = new ConexDb(name, 4);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(await upgraded.entities.get('e1')).toMatchObject({ name: 'Main Library' });
    expect(await upgraded.settings.get('language')).toEqual({ key: 'language', value: 'fr' });
    expect(await upgraded.licenses.get('lic-1')).toEqual(license);
    expect(await upgraded.keyHistory.count()).toBe(1);
    expect(await upgraded.meta.get('latestSeen')).toBeDefined();
    expect(await upgraded.quotes.count()).toBe(0);
    upgraded.close();
  });

  it('quotes are found by status, by last change and by official number', async () => {
    const book = bundledPriceBook();
    if (!book.ok) throw new Error('bundled price book is invalid');
    const database = new ConexDb(freshName(), 4);
    await database.open();
    const draft = newDraft('q1', new Date('2026-03-01T10:00:00Z'), 'en', book.value);
    await database.quotes.bulkAdd([
      draft,
      { ...draft, id: 'q2', status: 'submitted', officialNumber: 'CQ-1001', updatedAt: '2026-03-02T10:00:00.000Z' },
    ]);
    expect((await database.quotes.where('status').equals('draft').toArray()).map((q) => q.id)).toEqual(['q1']);
    expect((await database.quotes.where('officialNumber').equals('CQ-1001').first())?.id).toBe('q2');
    expect((await database.quotes.orderBy('updatedAt').reverse().toArray()).map((q) => q.id)).toEqual(['q2', 'q1']);
    database.close();
  });
});
