import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, expectNoSeriousViolationsInBothThemes } from './pages/axe';
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

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });
  const ecrans = ['Licences', 'Entités', 'Devis', 'Maintenance', 'Sauvegardes', 'Paramètres'];

  // The themes' colours do not change with the language: the French pass checks names, labels and structure.
  test('every screen has no serious or critical accessibility violation in French', async ({ page }) => {
    test.slow();
    const app = new AppPage(page);
    await app.open('/#/licenses');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    for (const ecran of ecrans) {
      await app.goTo(ecran);
      await expect(app.heading()).toHaveText(ecran);
      await expectNoSeriousViolations(page, ecran);
    }
  });
});
