import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { dbNamesPerTest } from '../../test/store';
import { ConexDb } from '../database';
import { consentRequestsOf } from '../repos/consent';
import { listEntities } from '../repos/entities';
import { listKeyHistory } from '../repos/key-history';
import { listLicenses } from '../repos/licenses';
import { checkOutboxRow, listOutbox } from '../repos/outbox';
import { listQuotes } from '../repos/quotes';
import { loadReminderInputs } from '../repos/reminders';
import { listSetAside } from '../repos/set-aside';
import { getSyncState } from '../repos/sync-store';
import { parseEntityRow } from '../rows/entity-row';
import { fromLicenseRow } from '../rows/license-row';
import { fromQuoteRow } from '../rows/quote-row';
import { migrations } from './index';

const freshName = dbNamesPerTest('past-rows');
const at = '2026-01-01T00:00:00.000Z';
const entity = (id: string, name: string) => ({ id, name, kind: 'library', country: 'FR', notes: '', createdAt: at, updatedAt: at });
const book = bundledPriceBook();
if (!book.ok) throw new Error('bundled price book is invalid');

/**
 * Rows as each schema version stored them, written at that version (the
 * migration files say what each one added or changed). A version that adds no
 * table writes nothing; a new migration must add its line here.
 */
const eras: { version: number; write: (db: ConexDb) => Promise<unknown> }[] = [
  // v1 had no name key, nor any uniqueness: two entities may share a name.
  { version: 1, write: (db) => db.table('entities').bulkAdd([entity('e1', 'Main Library'), entity('e2', 'Main Library')]) },
  { version: 2, write: (db) => db.table('entities').add({ ...entity('e3', 'Campus'), nameKey: 'FR|campus' }) },
  {
    version: 3,
    write: async (db) => {
      await db.table('licenses').add({
        id: 'l1',
        sen: 'SEN-00000001',
        product: 'conex-books',
        deployment: 'server',
        tier: 'Express',
        type: 'academic',
        entityId: 'e1',
        serverId: 'srv-1',
        licensee: 'Main Library',
        issued: at,
        maintenanceStart: '2026-01-01',
        maintenanceEnd: '2027-01-01',
        majorVersion: 9,
        createdAt: at,
        updatedAt: at,
      });
      await db.table('keyHistory').add({ id: 'k1', licenseId: 'l1', sen: 'SEN-00000001', key: 'CX1.x', issued: at, appliedAt: at });
      await db.table('meta').put({ key: 'latestSeen', value: at });
    },
  },
  // No migration has changed a quote's shape since v4: today's draft is how v4 stored one. Options (issue 20) are an optional field v4 rows lack.
  { version: 4, write: (db) => db.table('quotes').add(newDraft('q1', new Date(at), 'en', book.value)) },
  {
    version: 5,
    write: async (db) => {
      await db.table('reminderPrefs').put({ entityId: 'e1', thresholds: [60, 14], updatedAt: at });
      await db.table('reminderState').put({ licenseId: 'l1', snoozedUntil: '2026-02-01T00:00:00.000Z' });
    },
  },
  {
    version: 6,
    write: async (db) => {
      await db
        .table('syncState')
        .put({ key: 'account', value: { id: 'acc-1', email: 'a@example.com', name: 'A', apiUrl: 'https://x.example' } });
      // Before v10 a row named no account.
      await db.table('outbox').add({
        objectId: 'account',
        idempotencyKey: 'key-00000001',
        change: { kind: 'account.update', update: { name: 'A' } },
        createdAt: at,
        attempts: 0,
      });
    },
  },
  {
    version: 7,
    write: (db) =>
      db.table('consentRequests').add({
        id: 'c7',
        licenseId: 'l1',
        sen: 'SEN-00000001',
        fromEntityId: 'e1',
        toEntityName: 'Campus',
        signatoryEmail: 'a@example.com',
        reason: 'merger',
        status: 'recorded',
        createdAt: at,
      }),
  },
  {
    version: 8,
    write: (db) =>
      db.table('consentRequests').add({
        id: 'c8',
        licenseIds: ['l1'],
        sens: ['SEN-00000001'],
        fromEntityId: 'e1',
        toEntityName: 'Campus',
        signatoryEmail: 'a@example.com',
        reason: 'merger',
        document: { name: 'form.pdf', mediaType: 'application/pdf', size: 10 },
        status: 'sent',
        createdAt: at,
      }),
  },
  {
    version: 9,
    write: (db) =>
      db.table('setAside').add({ id: 'quotes:bad', table: 'quotes', key: 'bad', row: { id: 'bad' }, reason: 'status', setAsideAt: at }),
  },
  { version: 10, write: async () => undefined },
];

describe('rows every past version stored still read at the latest version', () => {
  it('every migration has its era of rows here', () => {
    expect(eras.map((e) => e.version)).toEqual(migrations.map((m) => m.version));
  });

  it('replaying every migration from v1, each version’s rows read back through the repositories and row mappers', async () => {
    const name = freshName();
    for (const era of eras) {
      const db = new ConexDb(name, era.version);
      await db.open();
      await era.write(db);
      db.close();
    }
    const db = new ConexDb(name);
    await db.open();
    expect(db.verno).toBe(migrations.at(-1)?.version);

    const entities = await db.entities.toArray();
    expect(entities.map((row) => parseEntityRow(row).ok)).toEqual([true, true, true]);
    expect((await listEntities(db)).map((e) => e.name)).toEqual(['Campus', 'Main Library', 'Main Library (2)']);

    const licenses = await listLicenses(db);
    expect(licenses.map((row) => fromLicenseRow(row))).toMatchObject([{ ok: true, value: { sen: 'SEN-00000001' } }]);
    expect(await listKeyHistory(db, 'l1')).toHaveLength(1);

    const quotes = await db.quotes.toArray();
    expect(quotes.map((row) => fromQuoteRow(row).ok)).toEqual([true]);
    expect((await listQuotes(db)).map((q) => q.id)).toEqual(['q1']);
    // A quote stored before options existed reads back exactly as written, without options.
    expect(fromQuoteRow(quotes[0])).toEqual({ ok: true, value: newDraft('q1', new Date(at), 'en', book.value) });

    const reminders = await loadReminderInputs(db);
    expect(reminders.prefs.get('e1')).toEqual([60, 14]);
    expect(reminders.latestSeen).toBe(at);

    const outbox = await listOutbox(db, 'acc-1');
    expect(outbox.map((row) => checkOutboxRow(row).ok)).toEqual([true]);
    expect(await getSyncState(db, 'account')).toMatchObject({ id: 'acc-1' });

    const consents = await consentRequestsOf(db, 'l1');
    expect(consents.map((c) => [c.id, c.status])).toEqual(
      expect.arrayContaining([
        ['c7', 'incomplete'],
        ['c8', 'sent'],
      ]),
    );
    expect((await listSetAside(db)).map((row) => row.id)).toEqual(['quotes:bad']);
    db.close();
  });
});
