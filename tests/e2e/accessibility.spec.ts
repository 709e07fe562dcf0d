import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, expectNoSeriousViolationsInBothThemes, seriousViolationsInBothThemes } from './pages/axe';
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

// The scans above pass only if axe, as the stories run it, reports what it should: a control without a name, and
// text too faint in the dark theme only.
test('the accessibility scan itself reports a nameless control, and faint text in the dark theme only', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/#/licenses');
  await expect(app.heading()).toHaveText('Licenses');
  await page.evaluate(() => {
    const nameless = document.createElement('button');
    nameless.id = 'planted-nameless';
    document.querySelector('main')?.append(nameless);
    const faint = document.createElement('p');
    faint.id = 'planted-faint';
    faint.textContent = 'Faint only on a dark page';
    faint.style.color = '#333';
    document.querySelector('main')?.append(faint);
  });
  const found = await seriousViolationsInBothThemes(page, 'planted');
  expect(found.filter((v) => v.includes('(light)') && v.includes('#planted-nameless'))).toHaveLength(1);
  expect(found.filter((v) => v.includes('(dark)') && v.includes('color-contrast') && v.includes('#planted-faint'))).toHaveLength(1);
  expect(found.filter((v) => v.includes('(light)') && v.includes('#planted-faint'))).toEqual([]);
});
