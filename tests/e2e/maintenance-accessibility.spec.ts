import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './pages/axe';
import { MaintenancePage } from './pages/maintenance';
import { entityRow, licenseRow, seedTables } from './pages/store';

const NOW = new Date('2026-11-25T10:00:00');
const library = entityRow('lib', 'Main Library');
const science = entityRow('sci', 'Faculty of Science');
const soon = licenseRow({ id: 'lic-soon', sen: 'SEN-00000025', entityId: 'lib', maintenanceEnd: '2026-12-20' });
const later = licenseRow({ id: 'lic-later', sen: 'SEN-00000200', entityId: 'lib', maintenanceEnd: '2027-06-13' });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test.describe('Accessibility with real data', () => {
  async function noSeriousViolations(page: Page, where: string) {
    await expectNoSeriousViolationsInBothThemes(page, where);
  }

  test('the filled Maintenance screen, its dialogs and the reminders panel pass axe, in the light and the dark theme', async ({ page }) => {
    // Four views, each scanned in both themes: on a loaded two-core machine that can pass a minute.
    test.slow();
    const maintenance = new MaintenancePage(page);
    await maintenance.open();
    const evaluation = licenseRow({
      id: 'eval',
      sen: 'SEN-00000099',
      entityId: 'sci',
      deployment: 'cloud',
      type: 'evaluation',
      maintenanceStart: '2026-11-20',
      maintenanceEnd: '2026-11-30',
      evaluationEnd: '2026-11-30',
    });
    await seedTables(page, {
      entities: [library, science],
      licenses: [
        soon,
        { ...later, installedMajorVersion: 8 },
        evaluation,
        licenseRow({ id: 'old', sen: 'SEN-00000001', entityId: 'sci', maintenanceEnd: '2026-10-01' }),
      ],
    });
    // The reminders' toast hides itself after 8 s: the pointer rests on it as soon as it shows (which holds it open on a
    // loaded machine), and it is checked once its entry animation is over (half-faded text is not what users read).
    const toast = page.locator('.MuiSnackbar-root .MuiAlert-root');
    await toast.hover();
    // Two licenses end soon, and one ended in October: an ended license stays in the reminders until renewed (R-MAINT-3).
    await expect(toast).toContainText('3 reminders need your attention.');
    await expect(maintenance.row('SEN-00000025')).toBeVisible();
    await expect(toast).toHaveCSS('opacity', '1');
    await page.getByRole('switch', { name: 'Group by entity' }).check();
    await noSeriousViolations(page, 'Maintenance');
    await maintenance.action('SEN-00000025', 'Before reinstalling Conex Server…');
    await noSeriousViolations(page, 'Reinstall checklist');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await maintenance.openReminders();
    await noSeriousViolations(page, 'Reminders panel');
    await maintenance.closeReminders();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import licenses from a CSV file' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Choose a CSV file…' }).click(),
    ]);
    await chooser.setFiles({ name: 'l.csv', mimeType: 'text/csv', buffer: Buffer.from('sen,product\nSEN-1,x\n') });
    await expect(dialog.getByRole('alert')).toBeVisible();
    await noSeriousViolations(page, 'CSV import');
  });
});
