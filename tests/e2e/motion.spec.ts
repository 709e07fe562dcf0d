import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';

/** What moves when the Add entity dialog opens: the transitions the dialog's boxes run, and whether a click ripples. */
async function openDialogAndWatch(page: Page): Promise<{ transitions: string[]; ripples: number }> {
  const app = new AppPage(page);
  await app.open('/#/entities');
  const add = page.getByRole('button', { name: 'Add entity' }).first();
  await add.click();
  await expect(page.getByRole('dialog', { name: 'Add an entity' })).toBeVisible();
  return page.evaluate(() => ({
    transitions: [...document.querySelectorAll('.MuiDialog-root *')]
      .map((e) => getComputedStyle(e).transitionDuration)
      .filter((d) => d.split(',').some((part) => Number.parseFloat(part) > 0)),
    ripples: document.querySelectorAll('.MuiTouchRipple-root').length,
  }));
}

test.describe('The app moves as the user’s system asks', () => {
  test.describe('with motion allowed', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('a dialog fades in, and buttons can ripple', async ({ page }) => {
      const moving = await openDialogAndWatch(page);
      expect(moving.transitions.length).toBeGreaterThan(0);
      expect(moving.ripples).toBeGreaterThan(0);
    });
  });

  test.describe('with "reduce motion" set in the system', () => {
    test.use({ reducedMotion: 'reduce' });

    test('a dialog is there at once, and no button ripples (WCAG 2.3.3)', async ({ page }) => {
      const moving = await openDialogAndWatch(page);
      expect(moving.transitions).toEqual([]);
      expect(moving.ripples).toBe(0);
    });
  });
});
