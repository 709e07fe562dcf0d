import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';
import { makeTestKey } from '../fixtures/keys';
import { LicensesPage } from './pages/licenses';
import { MaintenancePage } from './pages/maintenance';
import { entityRow, seedTables } from './pages/store';

/** A calendar date `days` from today, as keys write it. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const appDate = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('keys exported by the app are read by conex status with the same statuses and dates as the Maintenance screen (R-MAINT-6, R-LIC-3)', async ({
  page,
}) => {
  const bin = await buildCli({ sandbox: true });
  const licenses = new LicensesPage(page);
  await licenses.open();
  await seedTables(page, { entities: [entityRow('library', 'Main Library')] });
  await licenses.addFromKey(await makeTestKey({ sen: 'SEN-00000001', maintenanceStart: inDays(-300), maintenanceEnd: inDays(40) }));
  await licenses.backToList();
  await licenses.addFromKey(await makeTestKey({ sen: 'SEN-00000002', maintenanceStart: inDays(-400), maintenanceEnd: inDays(-20) }));
  await licenses.backToList();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all keys' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'conex-round-trip-')), 'all.conexkeys');
  await (await download).saveAs(file);

  const cli = JSON.parse(execFileSync(process.execPath, [bin, 'status', '--json', '--lang', 'en', file], { encoding: 'utf8' })) as {
    licenses: { sen: string; end: string; statusText: string }[];
    problems: string[];
  };
  expect(cli.problems).toEqual([]);
  expect(cli.licenses.map((l) => l.sen)).toEqual(['SEN-00000002', 'SEN-00000001']);

  const maintenance = new MaintenancePage(page);
  await maintenance.open();
  for (const l of cli.licenses) {
    const cells = maintenance.row(l.sen).getByRole('cell');
    await expect(cells.nth(2)).toHaveText(appDate(l.end));
    await expect(cells.nth(3)).toHaveText(l.statusText);
  }
  expect(cli.licenses[0]?.statusText).toBe('Ended 20 days ago, still working');
  expect(cli.licenses[1]?.statusText).toBe('Within 60 days: ends in 40 days');
});
