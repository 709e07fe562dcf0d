import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './pages/axe';
import { AppPage } from './pages/app';

const screens = ['Licenses', 'Entities', 'Quotes', 'Maintenance', 'Backups', 'Settings'];

for (const theme of ['Light', 'Dark']) {
  test(`every screen has no serious or critical accessibility violation (${theme.toLowerCase()} theme)`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/#/settings');
    await page.getByRole('combobox', { name: 'Theme' }).click();
    await page.getByRole('option', { name: theme }).click();
    for (const screen of screens) {
      await app.goTo(screen);
      await expect(app.heading()).toHaveText(screen);
      await expectNoSeriousViolations(page, screen);
    }
  });
}
