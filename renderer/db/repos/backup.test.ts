import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import type { License } from '../../../shared/license';
import { ConexDb } from '../database';
import { entityRow } from '../../test/rows';
import { storePerTest } from '../../test/store';
import { exportBackup, readBackup } from './backup';
import { NEVER_BACKED_UP, recordSchemas } from './backup-records';
import { restoreBackup } from './backup-restore';

const database = storePerTest('backup-test');

const now = new Date('2026-11-25T10:00:00Z');
const stamp = '2026-01-01T00:00:00.000Z';
const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled price book is invalid');
  return b.value;
})();

function license(i: number, extra: Partial<License> = {}): License {
  const sen = `SEN-${String(i).padStart(8, '0')}`;
  return {
    id: `lic-${i}`,
    sen,
    product: 'conex-books',
    deployment: i % 10 === 0 ? 'cloud' : 'server',
    tier: 'Professional',
    type: i % 3 === 0 ? 'commercial' : 'academic',
    entityId: `ent-${i % 50}`,
    serverId: `SRV-${i}`,
    licensee: `Licensee ${i} — Bibliothèque`,
    issued: stamp,
    maintenanceStart: '2026-01-01',
    maintenanceEnd: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    majorVersion: 9,
    ...(i % 4 === 0 ? { installedMajorVersion: 8 } : {}),
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

/** A store with records in every table, as a busy academic IT department would have. */
async function seed(target: ConexDb, licenses: number, quotes: number, offset = 0): Promise<void> {
  await target.entities.bulkAdd(
    Array.from({ length: 50 }, (_, i) =>
      entityRow(`ent-${i}`, `Entity ${i + offset}`, { notes: i === 0 ? 'north wing, "old" building' : '' }),
    ),
  );
  await target.licenses.bulkAdd(Array.from({ length: licenses }, (_, i) => license(i + offset)));
  await target.keyHistory.bulkAdd(
    Array.from({ length: 100 }, (_, i) => ({
      id: `k-${i + offset}`,
      licenseId: `lic-${i + offset}`,
      sen: `SEN-${String(i + offset).padStart(8, '0')}`,
      key: `CX1.payload${i}.sig`,
      issued: stamp,
      appliedAt: stamp,
      ...(i % 2 === 0 ? { replacedAt: stamp } : {}),
    })),
  );
  await target.quotes.bulkAdd(
    Array.from({ length: quotes }, (_, i) => ({ ...newDraft(`q-${i + offset}`, now, i % 2 ? 'fr' : 'en', book), poNumber: `PO-${i}` })),
  );
  await target.settings.bulkPut([
    { key: 'theme', value: offset ? 'light' : 'dark' },
    { key: 'language', value: 'fr' },
  ]);
  await target.meta.put({ key: 'latestSeen', value: '2026-11-20T08:00:00.000Z' });
  await target.reminderPrefs.put({ entityId: 'ent-1', thresholds: [60, 14], updatedAt: stamp });
  await target.reminderState.put({ licenseId: `lic-${offset + 1}`, poRaised: { forEnd: '2027-02-15', at: stamp } });
  await target.orders.put({
    id: `o-${offset}`,
    quoteId: `q-${offset}`,
    officialNumber: 'Q-2026-0001',
    invoiceNumber: 'INV-1',
    paidOn: '2026-02-01',
    total: { amount: 120_000, currency: 'EUR' },
    poNumber: null,
    licenses: [`SEN-${String(offset + 1).padStart(8, '0')}`],
    updatedAt: stamp,
  });
  await target.licenseContacts.put({
    sen: `SEN-${String(offset + 1).padStart(8, '0')}`,
    contacts: [{ id: 'c-1', email: 'it@univ.example', role: 'technical', primary: true }],
    updatedAt: stamp,
  });
  await target.accountProfile.put({
    key: 'profile',
    profile: {
      email: 'it@univ.example',
      name: 'IT',
      organization: 'Université',
      address: '',
      country: 'FR',
      phone: '',
      taxIds: [],
      publicityOptOut: true,
      updatedAt: stamp,
    },
  });
  await target.consentRequests.put({
    id: `cr-${offset}`,
    licenseIds: [`lic-${offset + 1}`],
    sens: [`SEN-${String(offset + 1).padStart(8, '0')}`],
    fromEntityId: 'ent-1',
    toEntityName: 'Campus',
    signatoryEmail: 'dean@univ.example',
    reason: '',
    status: 'sent',
    createdAt: stamp,
  });
  await target.setAside.put({
    id: `quotes:q-bad-${offset}`,
    table: 'quotes',
    key: `q-bad-${offset}`,
    row: { id: `q-bad-${offset}`, lines: 'not a list' },
    reason: 'lines: expected array',
    setAsideAt: stamp,
  });
  // The sync machinery gets a record in every table too (tables added later as well), to show a backup never carries it.
  for (const table of target.tables) {
    if ((await table.count()) > 0) continue;
    const key = table.schema.primKey.keyPath as string;
    await table.add({ [key]: `${table.name}-${offset}`, at: new Date(stamp), bytes: new Uint8Array([1, 2, 3]) });
  }
}

async function snapshot(target: ConexDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  await target.transaction('r', target.tables, async () => {
    for (const t of target.tables) out[t.name] = await t.toArray();
  });
  return out;
}

/** The backed-up tables only, without the row a restore writes about itself. */
async function userData(target: ConexDb): Promise<Record<string, unknown[]>> {
  const all = await snapshot(target);
  const out: Record<string, unknown[]> = {};
  for (const name of Object.keys(recordSchemas))
    out[name] = (all[name] ?? []).filter((r) => (r as { key?: string }).key !== 'backup.lastRestore');
  return out;
}

async function backupText(target: ConexDb): Promise<string> {
  const made = await exportBackup(target, { now, appVersion: '1.0.0' });
  if (!made.ok) throw new Error(made.error.messageKey);
  return made.value.text;
}

async function read(target: ConexDb, text: string) {
  const contents = await readBackup(target, text);
  if (!contents.ok) throw new Error(contents.error.code);
  return contents.value;
}

describe('backup and restore of the whole store (R-ACC-4)', () => {
  it(
    'round trip of 10,000 licenses and 1,000 quotes gives back every record of the user’s data, equal, and none of the sync machinery',
    { timeout: 180_000 },
    async () => {
      await seed(database(), 10_000, 1_000);
      const before = await userData(database());
      for (const [name, rows] of Object.entries(before)) expect(rows.length, name).toBeGreaterThan(0);

      const text = await backupText(database());
      for (const name of NEVER_BACKED_UP) expect(text, name).not.toContain(`"${name}":`);
      // Delete everything, as after a reinstall.
      await database().transaction('rw', database().tables, () => Promise.all(database().tables.map((t) => t.clear())));
      expect(await database().licenses.count()).toBe(0);

      const phases: string[] = [];
      const restored = await restoreBackup(database(), await read(database(), text), 'replace', {
        now,
        onProgress: (p) => phases.push(`${p.phase}:${p.table ?? ''}`),
      });
      expect(restored).toMatchObject({
        ok: true,
        value: { mode: 'replace', tables: { licenses: { written: 10_000 }, quotes: { written: 1_000 } } },
      });
      expect(await userData(database())).toEqual(before);
      for (const name of NEVER_BACKED_UP) expect(await database().table(name).count(), name).toBe(0);
      expect(phases).toContain('writing:licenses');
    },
  );

  it('every table of the store is either backed up, with a strict schema, or named as never backed up', () => {
    const classified = [...Object.keys(recordSchemas), ...NEVER_BACKED_UP].sort();
    expect(
      database()
        .tables.map((t) => t.name)
        .sort(),
    ).toEqual(classified);
  });

  it('an exception half-way through a restore leaves the store exactly as it was', { timeout: 120_000 }, async () => {
    await seed(database(), 5_000, 200);
    const text = await backupText(database());
    const other = new ConexDb(`backup-other-${Math.random()}`);
    await other.open();
    try {
      await seed(other, 3_000, 100, 100_000);
      const before = await snapshot(other);
      let licenseChunks = 0;
      const result = await restoreBackup(other, await read(other, text), 'replace', {
        now,
        onProgress: (p) => {
          // Entities and earlier tables are already cleared and rewritten when the second chunk of licenses lands.
          if (p.phase === 'writing' && p.table === 'licenses' && p.done > 0 && ++licenseChunks === 2) throw new Error('killed mid-restore');
        },
      });
      expect(result.ok).toBe(false);
      expect(licenseChunks).toBe(2);
      expect(await snapshot(other)).toEqual(before);
    } finally {
      other.close();
      await Dexie.delete(other.name);
    }
  });

  it('merge adds what the store lacks and never overwrites or duplicates a record, by key or by SEN', async () => {
    await database().licenses.bulkAdd([license(1), license(2)]);
    const text = await backupText(database());
    await database().licenses.clear();
    // lic-2 was renewed since the backup; another record now holds SEN-00000001 under a new id.
    await database().licenses.bulkAdd([license(2, { maintenanceEnd: '2028-01-15' }), license(1, { id: 'lic-new' })]);
    const result = await restoreBackup(database(), await read(database(), text), 'merge', { now });
    expect(result).toMatchObject({ ok: true, value: { tables: { licenses: { written: 0, kept: 2 } } } });
    expect((await database().licenses.get('lic-2'))?.maintenanceEnd).toBe('2028-01-15');
    expect(await database().licenses.count()).toBe(2);

    await database().licenses.delete('lic-new');
    const again = await restoreBackup(database(), await read(database(), text), 'merge', { now });
    expect(again).toMatchObject({ ok: true, value: { tables: { licenses: { written: 1, kept: 1 } } } });
    expect((await database().licenses.get('lic-1'))?.sen).toBe('SEN-00000001');
  });

  it('replace keeps this computer’s automatic-backup folder and never moves the latest time seen back (R-EVAL-4)', async () => {
    await database().settings.bulkPut([
      { key: 'backup.auto', value: { folder: '/old/machine' } },
      { key: 'theme', value: 'dark' },
    ]);
    await database().meta.put({ key: 'latestSeen', value: '2026-01-01T00:00:00.000Z' });
    const text = await backupText(database());
    await database().settings.bulkPut([
      { key: 'backup.auto', value: { folder: '/this/machine' } },
      { key: 'theme', value: 'light' },
    ]);
    await database().meta.put({ key: 'latestSeen', value: '2026-11-25T09:00:00.000Z' });
    const result = await restoreBackup(database(), await read(database(), text), 'replace', { now });
    expect(result.ok).toBe(true);
    expect(await database().settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(await database().settings.get('backup.auto')).toEqual({ key: 'backup.auto', value: { folder: '/this/machine' } });
    expect((await database().meta.get('latestSeen'))?.value).toBe('2026-11-25T09:00:00.000Z');
  });

  it('a backup whose records clash on a unique index is refused by the store and changes nothing', async () => {
    await seed(database(), 20, 2);
    const before = await snapshot(database());
    const clash = {
      formatVersion: 1,
      createdAt: stamp,
      appVersion: '1.0.0',
      schemaVersion: 5,
      tables: { licenses: [license(1), license(1, { id: 'lic-twin' })] },
    };
    const result = await restoreBackup(database(), clash, 'replace', { now });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'backups:errors.restoreConflict' } });
    expect(await snapshot(database())).toEqual(before);
  });

  it('R-LIC-6 a Consent To Assign request in a backup of the v7 shape is restored in this version’s shape, found by its license', async () => {
    const older = {
      formatVersion: 1,
      createdAt: stamp,
      appVersion: '1.0.0',
      schemaVersion: 7,
      tables: {
        consentRequests: [
          {
            id: 'c1',
            licenseId: 'lic-1',
            sen: 'SEN-00000001',
            fromEntityId: 'lib',
            toEntityName: 'Campus',
            signatoryEmail: 'dean@univ.example',
            reason: '',
            status: 'recorded',
            createdAt: stamp,
          },
        ],
      },
    };
    expect((await restoreBackup(database(), older, 'merge', { now })).ok).toBe(true);
    const found = await database().consentRequests.where('licenseIds').equals('lic-1').toArray();
    expect(found).toEqual([expect.objectContaining({ id: 'c1', licenseIds: ['lic-1'], sens: ['SEN-00000001'], status: 'incomplete' })]);
  });

  it('a record the store holds but a restore would refuse is named when backing up', async () => {
    await database().licenses.add({ ...license(1), sen: 'not a SEN' });
    const made = await exportBackup(database(), { now, appVersion: '1.0.0' });
    expect(made).toMatchObject({
      ok: true,
      value: { counts: { licenses: 1 }, warning: { code: 'backup.recordInvalid', params: { table: 'licenses', record: 1 } } },
    });
  });

  it('a backup file changed after it was written is refused before anything is touched', async () => {
    await seed(database(), 10, 1);
    const text = await backupText(database());
    const edited = await readBackup(database(), text.replace('"tier":"Professional"', '"tier":"Enterprise"'));
    expect(edited).toMatchObject({ ok: false, error: { code: 'backup.checksumMismatch' } });
    const cut = await readBackup(database(), text.slice(0, text.length / 3));
    expect(cut).toMatchObject({ ok: false, error: { code: 'backup.truncated' } });
  });
});
