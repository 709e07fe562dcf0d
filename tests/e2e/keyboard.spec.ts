import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { QuotesPage } from './pages/quotes';

test.describe('A keyboard user moves through the app', () => {
  test('Tab first reaches “Skip to content”, which lands on the screen’s heading; each screen change puts focus on the new heading', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open('/#/licenses');
    // As a user would, Tab is pressed once the screen is drawn (a key pressed before the page exists goes nowhere).
    await expect(app.heading()).toHaveText('Licenses');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(app.heading()).toBeFocused();
    await expect(app.heading()).toHaveText('Licenses');

    await app.nav().getByRole('button', { name: 'Entities' }).focus();
    await page.keyboard.press('Enter');
    await expect(app.heading()).toHaveText('Entities');
    await expect(app.heading()).toBeFocused();
    await page.keyboard.press('Control+3');
    await expect(app.heading()).toHaveText('Quotes');
    await expect(app.heading()).toBeFocused();
  });

  test('every control shows a focus ring from the keyboard, a filled button too', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/#/quotes');
    const filled = page.getByRole('button', { name: 'New quote' }).first();
    await filled.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(filled).toBeFocused();
    const ring = await filled.evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset) };
    });
    expect(ring).toEqual({ style: 'solid', width: 2, offset: 2 });
    // The navigation buttons too.
    await app.nav().getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const navRing = await app
      .nav()
      .getByRole('button', { name: 'Settings' })
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(navRing).toBe('solid');
  });

  test('after a step of the quote form, focus is on the next step’s first field', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.startCheckout();
    await expect(quotes.field('Contact email')).toBeFocused();
  });
});
