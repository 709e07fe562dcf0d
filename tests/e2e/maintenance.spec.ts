import { expect, test } from '@playwright/test';
import { readDownload } from './pages/backups';
import { MaintenancePage, notifications, recordNotifications } from './pages/maintenance';
import { entityRow, licenseRow, seedTables, tableRows } from './pages/store';

/** "Today" for every story: a license ending on 2026-12-20 then ends in 25 days. */
const NOW = new Date('2026-11-25T10:00:00');

const library = entityRow('lib', 'Main Library');
const science = entityRow('sci', 'Faculty of Science');
const soon = licenseRow({ id: 'lic-soon', sen: 'SEN-00000025', entityId: 'lib', maintenanceEnd: '2026-12-20' });
const later = licenseRow({ id: 'lic-later', sen: 'SEN-00000200', entityId: 'lib', maintenanceEnd: '2027-06-13' });

test.beforeEach(async ({ page, context }) => {
  await recordNotifications(context);
  await page.clock.install({ time: NOW });
});

test.describe('An administrator is never surprised by a maintenance expiry', () => {
  test('a license ending in 25 days shows in the 30-day group and raises a reminder, in the app and as a system notification', async ({
    page,
  }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    await expect(page.getByText('No licenses yet')).toBeVisible();
    await seedTables(page, { entities: [library, science], licenses: [soon, later] });

    await maintenance.filter('Within 30 days (1)').click();
    await expect(maintenance.row('SEN-00000025')).toContainText('Within 30 days: ends in 25 days');
    await expect(maintenance.row('SEN-00000200')).toHaveCount(0);
    await maintenance.filter('All (2)').click();
    await expect(maintenance.row('SEN-00000200')).toContainText('Active: ends in 200 days');

    // The in-app message, with its way to the renewal.
    await expect(
      page.getByRole('alert').filter({ hasText: 'Maintenance ends in 25 days. SEN-00000025 · Main Library: ends on Dec 20, 2026.' }),
    ).toBeVisible();
    await expect
      .poll(() => notifications(page))
      .toEqual([
        {
          title: 'Maintenance ends in 25 days',
          body: 'SEN-00000025 · Main Library: ends on Dec 20, 2026.',
          tag: 'conex-reminder:license:lic-soon',
        },
      ]);
    // Never backed up, and one license due.
    await expect(maintenance.remindersButton()).toHaveAccessibleName('Reminders: 2 need attention');
    await maintenance.openReminders();
    await expect(maintenance.panel()).toContainText('Maintenance ends on Dec 20, 2026, in 25 days (30-day reminder)');
    await expect(maintenance.panel()).toContainText("This app's data has never been backed up.");

    // A reload (the next start) does not notify the same crossing again.
    await page.reload();
    await expect(maintenance.row('SEN-00000025')).toBeVisible();
    await expect(maintenance.remindersButton()).toHaveAccessibleName('Reminders: 2 need attention');
    expect(await notifications(page)).toEqual([]);
  });

  test('snooze silences a reminder until the snooze ends', async ({ page }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    await seedTables(page, { entities: [library], licenses: [soon] });
    await maintenance.openReminders();
    await maintenance.panel().getByRole('button', { name: 'Snooze SEN-00000025 for 7 days' }).click();
    await expect(maintenance.panel().getByText('SEN-00000025 · Main Library')).toHaveCount(0);
    await maintenance.closeReminders();
    await expect(maintenance.row('SEN-00000025')).toContainText('Snoozed until Dec 2, 2026');
    await expect(maintenance.remindersButton()).toHaveAccessibleName('Reminders: 1 needs attention');

    // Eight days on, the snooze is over: the reminder is back (17 days left).
    await page.clock.fastForward('08:00:00');
    await page.clock.setSystemTime(new Date('2026-12-03T10:00:00'));
    await page.reload();
    await maintenance.openReminders();
    await expect(maintenance.panel()).toContainText('Maintenance ends on Dec 20, 2026, in 17 days (30-day reminder)');
  });

  test('marking a PO raised silences the license’s reminders; the table says the renewal is in progress', async ({ page }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    await seedTables(page, { entities: [library], licenses: [soon] });
    await expect(maintenance.remindersButton()).toHaveAccessibleName('Reminders: 2 need attention');
    await maintenance.action('SEN-00000025', 'Mark renewal in progress (PO raised)');
    await expect(maintenance.row('SEN-00000025')).toContainText('Renewal in progress (PO raised)');
    await expect(maintenance.remindersButton()).toHaveAccessibleName('Reminders: 1 needs attention');
    await maintenance.openReminders();
    await expect(maintenance.panel().getByText('SEN-00000025 · Main Library')).toHaveCount(0);
    await maintenance.closeReminders();

    // Stays silenced after a restart; lifting it brings the reminder back.
    await page.reload();
    await expect(maintenance.remindersButton()).toHaveAccessibleName('Reminders: 1 needs attention');
    await maintenance.action('SEN-00000025', 'Renewal no longer in progress');
    await expect(maintenance.remindersButton()).toHaveAccessibleName('Reminders: 2 need attention');
  });

  test('the Renew shortcut opens the quote form on the Renew tab, prefilled for the license or for all licenses of the entity (R-MAINT-7)', async ({
    page,
  }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    const second = licenseRow({ id: 'lic-soon-2', sen: 'SEN-00000040', entityId: 'lib', maintenanceEnd: '2027-01-04' });
    await seedTables(page, { entities: [library], licenses: [soon, second] });
    await maintenance.openReminders();
    await maintenance.panel().getByRole('button', { name: 'Renew SEN-00000025' }).click();
    await expect(page.getByRole('heading', { name: 'Quote & Order Form' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Renew', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('combobox', { name: 'License to renew' })).toContainText('SEN-00000025');

    await maintenance.app.goTo('Maintenance');
    await maintenance.openReminders();
    await expect(maintenance.panel()).toContainText('2 licenses of Main Library end soon: renew them together with one end date.');
    await maintenance.panel().getByRole('button', { name: 'Renew all of Main Library' }).click();
    await expect(page.getByRole('tab', { name: 'Renew', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('combobox', { name: 'License to renew' })).toContainText('SEN-00000025');
    await expect(page.getByRole('checkbox', { name: /Synchronize the maintenance dates/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /SEN-00000040/ })).toBeChecked();
  });

  test('each entity has its own reminder thresholds', async ({ page }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    await seedTables(page, { entities: [library], licenses: [soon, later] });
    await page.getByRole('button', { name: 'Edit reminders for Main Library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reminders for Main Library' });
    await dialog.getByRole('textbox', { name: 'Days before the end' }).fill('400');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Enter whole days from 1 to 365, separated by commas.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Days before the end' }).fill('14, 200');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(maintenance.row('SEN-00000200')).toContainText('Within 200 days: ends in 200 days');
    await expect(maintenance.row('SEN-00000025')).toContainText('Within 200 days: ends in 25 days');
    await expect(maintenance.row('SEN-00000025')).toContainText('At 200, 14 days');
  });
});

test.describe('End of life, reinstalls and Cloud evaluations', () => {
  test('a version whose support ends within 90 days is warned about, naming the supported versions (R-EOL-1)', async ({ page }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    // The bundled price book: 8 released 2024-03-01 (ended), 9 on 2025-06-01, 10 on 2026-09-15.
    await seedTables(page, {
      entities: [library],
      licenses: [{ ...later, installedMajorVersion: 8 }, soon],
    });
    await expect(
      page.getByText('1 license runs a version whose support ends within 90 days or has ended. Supported versions today: 10, 9.'),
    ).toBeVisible();
    await expect(maintenance.row('SEN-00000200')).toContainText('Version 8: support ended on Mar 1, 2026. Supported versions: 10, 9.');
    await maintenance.action('SEN-00000025', 'Set the installed version…');
    const dialog = page.getByRole('dialog', { name: 'Installed version of SEN-00000025' });
    await dialog.getByRole('combobox', { name: 'Major version installed' }).click();
    await page.getByRole('option', { name: 'Version 9' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(maintenance.row('SEN-00000025')).toContainText('Version 9, supported until Jun 1, 2027');
    expect((await tableRows(page, 'licenses')).find((l) => l.id === 'lic-soon')?.installedMajorVersion).toBe(9);
  });

  test('each license has a “Before reinstalling Conex Server” checklist, and a Cloud evaluation says Conex keeps no backups of it (R-ACC-4, R-EVAL-2)', async ({
    page,
  }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    const evaluation = licenseRow({
      id: 'eval',
      sen: 'SEN-00000099',
      entityId: 'lib',
      deployment: 'cloud',
      type: 'evaluation',
      maintenanceStart: '2026-11-20',
      maintenanceEnd: '2026-11-30',
      evaluationEnd: '2026-11-30',
    });
    await seedTables(page, { entities: [library], licenses: [soon, evaluation] });
    await expect(page.getByText('Conex keeps no data backups for Cloud evaluations')).toBeVisible();
    await expect(maintenance.row('SEN-00000099')).toContainText('Evaluation: 5 days left');

    await maintenance.action('SEN-00000025', 'Before reinstalling Conex Server…');
    const checklist = page.getByRole('dialog', { name: 'Before reinstalling Conex Server: SEN-00000025' });
    await expect(checklist.getByRole('checkbox')).toHaveCount(6);
    await checklist.getByRole('checkbox', { name: /Take a full system backup of the Conex Server/ }).check();
    await expect(checklist.getByRole('checkbox', { name: /server ID server-lic-soon/ })).toBeVisible();
    await checklist.getByRole('button', { name: 'Back up this app now' }).click();
    await expect(maintenance.app.heading()).toHaveText('Backups');

    await maintenance.app.goTo('Maintenance');
    await maintenance.action('SEN-00000099', 'Before reinstalling Conex Server…');
    await expect(page.getByRole('dialog').getByText('This is a Cloud evaluation: Conex keeps no data backups for it.')).toBeVisible();
  });

  test('grouped by entity, an entity with several server licenses offers one renewal with a common end date', async ({ page }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    await seedTables(page, {
      entities: [library, science],
      licenses: [soon, later, licenseRow({ id: 'sci-1', sen: 'SEN-00000300', entityId: 'sci', maintenanceEnd: '2027-03-01' })],
    });
    await page.getByRole('switch', { name: 'Group by entity' }).check();
    await expect(maintenance.table().getByRole('rowheader', { name: /Faculty of Science: 1 license/ })).toBeVisible();
    await expect(maintenance.table().getByRole('rowheader', { name: /Main Library: 2 licenses/ })).toBeVisible();
    await maintenance.table().getByRole('button', { name: 'Renew all of Main Library with one end date' }).click();
    await expect(page.getByRole('checkbox', { name: /SEN-00000200/ })).toBeChecked();
  });
});

test.describe('Calendar and spreadsheets', () => {
  test('the calendar export holds every future maintenance and evaluation end, with alarms', async ({ page }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    await seedTables(page, {
      entities: [library],
      licenses: [soon, later, licenseRow({ id: 'old', sen: 'SEN-00000001', entityId: 'lib', maintenanceEnd: '2026-10-01' })],
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('conex-maintenance-2026-11-25.ics');
    const ics = await readDownload(download);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261220\r\n');
    expect(ics).toContain('SUMMARY:Maintenance ends: SEN-00000025 (Main Library)\r\n');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(8);
    expect(ics).toContain('TRIGGER:-P29DT15H\r\n');
    expect(ics).not.toContain('SEN-00000001');
  });

  test('a CSV with a bad date, an unknown product and a duplicate SEN lists each row’s error and imports nothing until they are skipped', async ({
    page,
  }) => {
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    await seedTables(page, { entities: [library], licenses: [soon] });
    const csv = [
      'sen,product,tier,type,entity,serverId,licensee,maintenanceStart,maintenanceEnd,majorVersion',
      'SEN-00000501,Conex Books,Express,academic,Main Library,SRV-1,Bibliothèque,2026-01-15,2027-01-15,9',
      'SEN-00000502,Conex Books,Express,academic,Main Library,SRV-2,Bibliothèque,2026-01-15,15/01/2027,9',
      'SEN-00000503,Conex Spreadsheets,Express,academic,Main Library,SRV-3,Bibliothèque,2026-01-15,2027-01-15,9',
      'SEN-00000501,Conex Books,Express,academic,Main Library,SRV-4,Bibliothèque,2026-01-15,2027-01-15,9',
      'SEN-00000025,Conex Books,Express,academic,Main Library,SRV-5,Bibliothèque,2026-01-15,2027-01-15,9',
      'SEN-00000506,conex-data-center,Enterprise,commercial,main library,SRV-6,ACME,2026-02-01,2027-02-01,10',
    ].join('\n');
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import licenses from a CSV file' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Choose a CSV file…' }).click(),
    ]);
    await chooser.setFiles({ name: 'licenses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

    await expect(dialog.getByRole('status')).toHaveText('6 rows: 2 ready, 4 with errors.');
    const preview = dialog.getByRole('table', { name: 'Rows of the file' });
    const line = (n: number) => preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
    await expect(line(3)).toContainText('maintenanceEnd: "15/01/2027" is not a date (YYYY-MM-DD).');
    await expect(line(4)).toContainText('Unknown product "Conex Spreadsheets"');
    await expect(line(5)).toContainText('SEN-00000501 is already on line 2.');
    await expect(line(6)).toContainText('SEN-00000025 is already in the app.');
    await expect(line(7)).toContainText('Ready');
    await expect(dialog.getByRole('button', { name: 'Import 2 licenses' })).toBeDisabled();
    expect(await tableRows(page, 'licenses')).toHaveLength(1);

    await dialog.getByRole('checkbox', { name: 'Skip the 4 rows with errors' }).check();
    await dialog.getByRole('button', { name: 'Import 2 licenses' }).click();
    await expect(dialog).toBeHidden();
    await expect(maintenance.row('SEN-00000501')).toBeVisible();
    await expect(maintenance.row('SEN-00000506')).toContainText('Conex Data Center');
    expect(await tableRows(page, 'licenses')).toHaveLength(3);

    // And back out as a spreadsheet.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const exported = await readDownload(download);
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect(exported.startsWith('\uFEFF')).toBe(true);
    expect(exported.slice(1).split('\r\n')[0]).toBe(
      'sen,product,deployment,tier,type,entity,serverId,licensee,maintenanceStart,maintenanceEnd,evaluationEnd,majorVersion,installedMajorVersion,purchaseDate',
    );
    expect(exported).toContain(
      'SEN-00000506,conex-data-center,server,Enterprise,commercial,Main Library,SRV-6,ACME,2026-02-01,2027-02-01,,10,,',
    );
  });
});
