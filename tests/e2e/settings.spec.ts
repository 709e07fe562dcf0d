import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { AppPage } from './pages/app';
import { EntitiesPage } from './pages/entities';

test.describe('A user sets the app up the way they work', () => {
  test('switches to French at once, without a restart, and the choice is remembered', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/#/settings');
    await expect(app.heading()).toHaveText('Settings');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await expect(app.heading()).toHaveText('Paramètres');
    await expect(app.nav().getByRole('button', { name: 'Licences' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.reload();
    await expect(app.heading()).toHaveText('Paramètres');
  });

  test('follows the system language on first start', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const app = new AppPage(page);
    await app.open('/#/entities');
    await expect(app.heading()).toHaveText('Entités');
    await context.close();
  });

  test('chooses the dark theme; the Conex API address is fixed by the build, not a setting', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/#/settings');
    await page.getByRole('combobox', { name: 'Theme' }).click();
    await page.getByRole('option', { name: 'Dark' }).click();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    // This build was made without an address: it says it works offline, and offers no field to send a token elsewhere.
    await expect(page.getByText(/has no Conex API address: everything works offline/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Conex API address' })).toHaveCount(0);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'self';");
  });

  test('keyboard shortcuts open each screen and back up, and a reload returns to the last one', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/');
    await page.keyboard.press('Control+2');
    await expect(app.heading()).toHaveText('Entities');
    await page.keyboard.press('Control+7');
    await expect(app.heading()).toHaveText('Settings');
    await page.keyboard.press('Control+6');
    await expect(app.heading()).toHaveText('Budget');
    await page.keyboard.press('Control+7');
    await expect(app.heading()).toHaveText('Settings');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+b');
    await expect(app.heading()).toHaveText('Backups');
    expect((await download).suggestedFilename()).toMatch(/\.conexbackup$/);
    await page.keyboard.press('Control+4');
    await expect(app.heading()).toHaveText('Maintenance');
    await page.goto('/');
    await expect(app.heading()).toHaveText('Maintenance');
  });
});

test('entities and settings survive closing and reopening the app', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'conex-profile-'));
  try {
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, locale: 'en-US' });
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await new AppPage(page).open(`${baseURL}/#/entities`);
    await new EntitiesPage(page).add('Campus Nord', 'Algeria', 'Campus');
    await new EntitiesPage(page).expectRow('Campus Nord');
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await new AppPage(page).open(`${baseURL}/`);
    await expect(new AppPage(page).heading()).toHaveText('Entities');
    await new EntitiesPage(page).expectRow('Campus Nord');
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
