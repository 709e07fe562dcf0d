import { expect, test, type Page } from '@playwright/test';
import { ARABIC_SCREENS, ArabicApp, type ArabicScreen } from './pages/arabic';
import { seriousViolationsInBothThemes } from './pages/axe';
import { LicensesPage } from './pages/licenses';
import { entityRow, licenseRow, seedTables } from './pages/store';

// Issue 21. The user of an English system chooses Arabic in Settings, as a reader of Arabic does: the i18n module
// writes `<html dir="rtl">` with the language and the whole layout follows (theme, styles, icons), live.
const NOW = new Date('2026-11-25T10:00:00');
const entities = [entityRow('library', 'Bibliothèque universitaire centrale'), entityRow('museum', 'Musée des sciences', 'BE')];
const stored = [
  licenseRow({ id: 'l1', sen: 'SEN-00000001', entityId: 'library', maintenanceEnd: '2026-12-10', serverId: 'BX7Q-2M4K-9PLD-T3RW' }),
  licenseRow({ id: 'l2', sen: 'SEN-00000002', entityId: 'library', maintenanceEnd: '2026-06-01', tier: 'Starter' }),
  licenseRow({ id: 'l3', sen: 'SEN-00000003', entityId: 'museum', maintenanceEnd: '2027-09-01', deployment: 'cloud' }),
];
const SCREENS = Object.keys(ARABIC_SCREENS) as ArabicScreen[];

/** Opens the app in English with the licenses stored, then chooses العربية (Arabic) in Settings and goes back to Licenses. */
async function openInArabic(page: Page): Promise<{ licenses: LicensesPage; arabic: ArabicApp }> {
  await page.setViewportSize({ width: 1000, height: 640 });
  await page.clock.install({ time: NOW });
  const licenses = new LicensesPage(page);
  await licenses.open();
  await seedTables(page, { entities, licenses: stored });
  await licenses.app.goTo('Settings');
  await licenses.choose('Language', 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabic = new ArabicApp(page);
  await arabic.goTo('licenses');
  // The rail has moved to the right once the layout has turned.
  await expect.poll(async () => (await licenses.app.nav().boundingBox())?.x ?? 0).toBeGreaterThan(500);
  return { licenses, arabic };
}

async function box(page: Page, locator: ReturnType<Page['locator']>) {
  const found = await locator.boundingBox();
  expect(found, 'the element is drawn').not.toBeNull();
  return found!;
}

test.describe('In Arabic the layout reads from the right (issue 21)', () => {
  test('the navigation rail is on the right, the page buttons point the way pages run, and a key field stays left to right', async ({
    page,
  }) => {
    const { licenses } = await openInArabic(page);
    const nav = await box(page, licenses.app.nav());
    const main = await box(page, page.locator('main'));
    expect(nav.x + nav.width).toBeCloseTo(1000, -1);
    expect(main.x + main.width).toBeLessThanOrEqual(nav.x + 1);

    // "Next" (التالية) is drawn left of "Previous" (السابقة), and its arrow points left (mirrored); "Last" is the leftmost.
    const next = page.getByRole('button', { name: 'الصفحة التالية' });
    const previous = page.getByRole('button', { name: 'الصفحة السابقة' });
    const last = page.getByRole('button', { name: 'الصفحة الأخيرة' });
    expect((await box(page, next)).x).toBeLessThan((await box(page, previous)).x);
    expect((await box(page, last)).x).toBeLessThan((await box(page, next)).x);
    expect(await next.locator('svg').evaluate((icon) => getComputedStyle(icon).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');

    // The grid's first column is on the right, and ArrowLeft moves on to the next one.
    const grid = page.getByRole('grid', { name: 'التراخيص' });
    const headers = grid.getByRole('columnheader');
    const first = await box(page, headers.nth(0));
    expect(first.x).toBeGreaterThan((await box(page, headers.nth(1))).x);
    await headers.nth(0).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(headers.nth(1)).toBeFocused();

    // License Details: its key field is left to right, and "back" (كل التراخيص, All licenses) points right.
    await grid.getByRole('row', { name: /SEN-00000001/ }).click();
    const key = page.getByRole('textbox', { name: 'مفتاح الترخيص' });
    await expect(key).toHaveAttribute('dir', 'ltr');
    await key.fill('CNX1-AB2C-3DEF');
    expect(await key.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');
    const back = page.getByRole('button', { name: 'كل التراخيص' }).locator('svg');
    expect(await back.evaluate((icon) => getComputedStyle(icon).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  });

  test('each main screen in Arabic matches its reviewed right-to-left picture and has no serious or critical axe violation in either theme', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { arabic } = await openInArabic(page);
    // The reminders' toast comes once after start and hides itself after 8 s: let it come and go before any picture.
    // Raised before the switch or after, it reads in Arabic ("... تحتاج إلى انتباهك").
    const toast = page.getByText(/إلى انتباهك/);
    await expect(toast).toBeVisible();
    await page.clock.fastForward(9_000);
    await expect(toast).toBeHidden();
    const found: string[] = [];
    for (const name of SCREENS) {
      await arabic.goTo(name);
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await expect(page).toHaveScreenshot(`rtl-${name}.png`, { animations: 'disabled', maxDiffPixelRatio: 0.01 });
      found.push(...(await seriousViolationsInBothThemes(page, `${name} (ar)`)));
    }
    expect(found).toEqual([]);
  });
});
