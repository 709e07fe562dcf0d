import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './pages/axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePriceBook } from '../../shared/pricing/price-book';
import { newDraft } from '../../shared/quote';
import { BackupsPage, readDownload } from './pages/backups';
import { EntitiesPage } from './pages/entities';
import { MaintenancePage } from './pages/maintenance';
import { clearStore, entityRow, licenseRow, seedTables, tableCounts, tableRows } from './pages/store';

const NOW = new Date('2026-11-25T10:00:00');
const book = parsePriceBook(JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/price-book.json'), 'utf8')));
if (!book.ok) throw new Error('the bundled price book is invalid');
const quote = { ...newDraft('quote-1', NOW, 'fr', book.value), poNumber: 'PO-2026-118' };

const seed = {
  entities: [entityRow('sci', 'Faculty of Science', 'DZ')],
  licenses: [
    licenseRow({ id: 'a', sen: 'SEN-00000001', entityId: 'sci', maintenanceEnd: '2026-12-20', installedMajorVersion: 9 }),
    licenseRow({ id: 'b', sen: 'SEN-00000002', entityId: 'sci', maintenanceEnd: '2027-05-01', licensee: 'Université d’Alger — « BU »' }),
  ],
  keyHistory: [
    {
      id: 'k1',
      licenseId: 'a',
      sen: 'SEN-00000001',
      key: 'CX1.payload.signature',
      issued: '2026-01-01T00:00:00.000Z',
      appliedAt: '2026-01-02T00:00:00.000Z',
    },
  ],
  quotes: [quote],
  reminderPrefs: [{ entityId: 'sci', thresholds: [60, 14], updatedAt: '2026-11-01T00:00:00.000Z' }],
  reminderState: [
    { licenseId: 'b', poRaised: { forEnd: '2027-05-01', at: '2026-11-01T00:00:00.000Z' } },
    // Already notified at 60 days, so the reminder service writes nothing while the test compares.
    { licenseId: 'a', lastNotified: { end: '2026-12-20', threshold: 60, at: '2026-11-01T00:00:00.000Z' } },
  ],
};

/** Every table's records; settings without the last screen (it follows the user around) and this computer's backup times. */
async function everything(page: Page) {
  const out: Record<string, unknown[]> = {};
  for (const table of Object.keys(await tableCounts(page))) {
    const rows = await tableRows(page, table);
    // The latest time seen only moves forward (R-EVAL-4): a restore keeps this computer's later value, so it is compared apart.
    out[table] =
      table === 'settings'
        ? rows.filter((r) => r.key !== 'lastScreen' && !String(r.key).startsWith('backup.'))
        : table === 'meta'
          ? rows.filter((r) => r.key !== 'latestSeen')
          : rows;
  }
  return out;
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test.describe('An administrator backs up this app’s data and restores it after a reinstall (R-ACC-4)', () => {
  test('back up, delete everything, restore, and find it all', async ({ page }) => {
    const backups = new BackupsPage(page);
    await backups.open();
    await new EntitiesPage(page).page.goto('/#/entities');
    await new EntitiesPage(page).add('Main Library', 'France');
    await seedTables(page, seed);
    await backups.app.goTo('Backups');
    await expect(page.getByText("No backup of this app's data yet.")).toBeVisible();
    const before = await everything(page);
    // The records are checked on a worker thread while the file is written; a check that fell back to the window's
    // own thread says so on the console.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });

    const file = await backups.backUp();
    expect(workers.filter((url) => url.includes('backup-check'))).toHaveLength(1);
    expect(warnings.filter((text) => text.includes('backup check'))).toEqual([]);
    expect(file.name).toBe('conex-backup-2026-11-25-1000.conexbackup');
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'conex-license-manager-backup',
      formatVersion: 1,
      checksum: { algorithm: 'SHA-256' },
    });
    await expect(page.getByText('Last backup: Nov 25, 2026')).toBeVisible();

    // The computer is replaced: the store is empty.
    await clearStore(page);
    await backups.app.goTo('Maintenance');
    await expect(page.getByText('No licenses yet')).toBeVisible();

    await backups.app.goTo('Backups');
    await backups.chooseRestoreFile(file.name, file.text);
    const dialog = backups.dialog();
    await expect(dialog).toContainText('Made on Nov 25, 2026');
    const count = (name: string) =>
      dialog
        .getByRole('table', { name: 'What the backup holds' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name }) });
    await expect(count('Licenses')).toContainText('2');
    await expect(count('Entities')).toContainText('2');
    await expect(count('Quotes')).toContainText('1');
    await expect(count('License key history')).toContainText('1');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog).toContainText('take a full system backup of the Conex Server');
    // The app's current (empty) data can be kept first.
    const [first] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: "Back up this app's data first" }).click(),
    ]);
    expect(JSON.parse(await readDownload(first)).tables.licenses).toEqual([]);
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: /^Restored: \d+ records written\./ })).toBeVisible();

    expect(await everything(page)).toEqual(before);
    await backups.app.goTo('Entities');
    await new EntitiesPage(page).expectRow('Main Library');
    await new EntitiesPage(page).expectRow('Faculty of Science');
    const maintenance = new MaintenancePage(page);
    await backups.app.goTo('Maintenance');
    await expect(maintenance.row('SEN-00000002')).toContainText('Renewal in progress (PO raised)');
    await expect(maintenance.row('SEN-00000001')).toContainText('At 60, 14 days');
  });

  test('merging adds what this app lacks and keeps what it has', async ({ page }) => {
    const backups = new BackupsPage(page);
    await backups.open();
    await seedTables(page, seed);
    const file = await backups.backUp();
    // Since the backup: license a was renewed here, license b was deleted.
    await clearStore(page);
    await seedTables(page, { entities: seed.entities, licenses: [{ ...seed.licenses[0]!, maintenanceEnd: '2027-12-20' }] });
    await backups.app.goTo('Backups');
    await backups.chooseRestoreFile(file.name, file.text);
    await backups
      .dialog()
      .getByRole('radio', { name: /^Merge/ })
      .check();
    await backups.dialog().getByRole('button', { name: 'Next' }).click();
    await backups.dialog().getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('status').filter({ hasText: /records already here were kept/ })).toBeVisible();
    const licenses = await tableRows(page, 'licenses');
    expect(licenses.map((l) => [l.id, l.maintenanceEnd]).sort()).toEqual([
      ['a', '2027-12-20'],
      ['b', '2027-05-01'],
    ]);
  });
});

test.describe('A bad backup file is refused with a clear message, and nothing changes', () => {
  test('truncated, edited by hand, from a newer version, or not a backup at all', async ({ page }) => {
    const backups = new BackupsPage(page);
    await backups.open();
    await seedTables(page, seed);
    const good = (await backups.backUp()).text;
    const before = await tableCounts(page);
    const bad: [string, string | Buffer, string][] = [
      [
        'cut.conexbackup',
        good.slice(0, Math.floor(good.length / 2)),
        'the file is incomplete (it was probably cut short while being copied or downloaded).',
      ],
      [
        'edited.conexbackup',
        good.replace('"maintenanceEnd":"2026-12-20"', '"maintenanceEnd":"2029-12-20"'),
        'its content does not match its checksum: the file is damaged (it changed after it was written). A matching checksum would only show the file is intact, not who made it.',
      ],
      [
        'future.conexbackup',
        good.replace('"formatVersion":1', '"formatVersion":7'),
        'the file was made by a newer version of the app (backup format 7; this version reads up to 1). Update the app, then restore.',
      ],
      ['licenses.conexbackup', 'sen,product\nSEN-00000009,conex-books\n', 'this is not a Conex License Manager backup file.'],
      [
        'photo.conexbackup',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]),
        'this is not a Conex License Manager backup file.',
      ],
    ];
    for (const [name, content, reason] of bad) {
      await backups.chooseRestoreFile(name, content);
      await expect(backups.refusal()).toHaveText(`${name} was not restored: ${reason} Nothing was changed.`);
      await expect(backups.dialog()).toHaveCount(0);
    }
    expect(await tableCounts(page)).toEqual(before);
    expect((await tableRows(page, 'licenses')).find((l) => l.id === 'a')?.maintenanceEnd).toBe('2026-12-20');
  });
});

test('the restore dialog and a refusal pass axe (dark theme)', async ({ page }) => {
  const backups = new BackupsPage(page);
  await backups.open();
  await seedTables(page, { ...seed, settings: [{ key: 'theme', value: 'dark' }] });
  await backups.app.goTo('Backups');
  const file = await backups.backUp();
  const check = async (where: string) => {
    await expectNoSeriousViolations(page, where);
  };
  await backups.chooseRestoreFile('x.conexbackup', 'not a backup');
  await expect(backups.refusal()).toBeVisible();
  await check('refusal');
  await backups.chooseRestoreFile(file.name, file.text);
  await check('restore summary');
  await backups.dialog().getByRole('button', { name: 'Next' }).click();
  await check('restore reminder');
});
