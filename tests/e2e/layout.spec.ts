import { expect, test, type Page } from '@playwright/test';
import { BackupsPage } from './pages/backups';
import { LicensesPage } from './pages/licenses';
import { MaintenancePage } from './pages/maintenance';
import { entityRow, licenseRow, seedTables } from './pages/store';

const NOW = new Date('2026-11-25T10:00:00');
const entities = [entityRow('library', 'Bibliothèque universitaire centrale de la Faculté des sciences')];
const licenses = [
  licenseRow({ id: 'l1', sen: 'SEN-00000001', entityId: 'library', maintenanceEnd: '2026-12-10', serverId: 'BX7Q-2M4K-9PLD-T3RW' }),
  licenseRow({ id: 'l2', sen: 'SEN-00000002', entityId: 'library', maintenanceEnd: '2026-06-01', tier: 'Starter' }),
  licenseRow({ id: 'l3', sen: 'SEN-00000003', entityId: 'library', maintenanceEnd: '2027-09-01', deployment: 'cloud' }),
];

async function seeded(page: Page): Promise<LicensesPage> {
  await page.clock.install({ time: NOW });
  const screen = new LicensesPage(page);
  await screen.open();
  await seedTables(page, { entities, licenses });
  return screen;
}

/** The Licenses grid's status and maintenance end are in view, and a status cut short shows whole in its tooltip. */
async function expectStatusAndEndInView(page: Page): Promise<void> {
  const grid = page.getByRole('grid', { name: 'Licenses' });
  await expect(grid.getByRole('row', { name: /SEN-00000001/ })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Status' })).toBeInViewport({ ratio: 1 });
  await expect(grid.locator('[role="gridcell"][data-field="status"]').first()).toBeInViewport({ ratio: 1 });
  await expect(grid.locator('[role="gridcell"][data-field="maintenanceEnd"]').first()).toBeInViewport({ ratio: 1 });
  const status = grid.locator('.conex-status').first();
  expect(await status.getAttribute('title')).toBe(await status.textContent());
}

test.describe('On a laptop screen nothing that matters is out of sight', () => {
  test('at 1280x800 the Licenses grid shows status and maintenance end, the least used columns hidden first', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const licenses = await seeded(page);
    await expectStatusAndEndInView(page);
    const grid = page.getByRole('grid', { name: 'Licenses' });
    await expect(grid.getByRole('columnheader', { name: 'Maintenance end' })).toBeInViewport({ ratio: 1 });
    await expect(grid.getByRole('columnheader', { name: 'Server ID' })).toHaveCount(0);
    // A hidden column is one choice away, in the Columns menu.
    await licenses.toggleColumn('Server ID');
    await expect(grid.getByRole('columnheader', { name: 'Server ID' })).toBeVisible();
    await expect(grid.getByRole('row', { name: /SEN-00000001/ })).toContainText('BX7Q-2M4K-9PLD-T3RW');
  });

  test('at 1024x700 status stays in view on Licenses, Maintenance statuses take a line or two, and Replace/Merge needs no scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const licensesScreen = await seeded(page);
    await expectStatusAndEndInView(page);

    await licensesScreen.app.goTo('Maintenance');
    const maintenance = new MaintenancePage(page);
    await expect(maintenance.row('SEN-00000001')).toBeVisible();
    const heights = await page
      .getByRole('table')
      .first()
      .locator('tbody tr td:nth-child(5)')
      .evaluateAll((cells) =>
        cells.map((cell) => {
          const text = cell.firstElementChild as HTMLElement;
          return text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight);
        }),
      );
    expect(heights.length).toBeGreaterThan(0);
    for (const lines of heights) expect(lines).toBeLessThanOrEqual(3);

    await licensesScreen.app.goTo('Backups');
    const backups = new BackupsPage(page);
    const file = await backups.backUp();
    await backups.chooseRestoreFile(file.name, file.text);
    await expect(backups.dialog().getByRole('radio', { name: /^Merge/ })).toBeInViewport({ ratio: 1 });
    await expect(backups.dialog().getByRole('radio', { name: /^Replace/ })).toBeInViewport({ ratio: 1 });
  });
});
