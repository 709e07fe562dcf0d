import { expect, test } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './pages/axe';
import { AppPage } from './pages/app';

const screens = ['Licenses', 'Entities', 'Quotes', 'Maintenance', 'Backups', 'Settings'];

test('every screen has no serious or critical accessibility violation, in the light and the dark theme', async ({ page }) => {
  // Six screens, each scanned in both themes: on a loaded two-core machine that can pass a minute.
  test.slow();
  const app = new AppPage(page);
  await app.open('/#/licenses');
  for (const screen of screens) {
    await app.goTo(screen);
    await expect(app.heading()).toHaveText(screen);
    await expectNoSeriousViolationsInBothThemes(page, screen);
  }
});
