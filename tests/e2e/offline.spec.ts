import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';

const SCREENS = ['Licenses', 'Entities', 'Quotes', 'Maintenance', 'Backups', 'Settings'];

/** Waits until the service worker has precached the build and controls the page. */
async function installedForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}

test.describe('A user on a train opens the web app without a connection', () => {
  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' });

    test('after one visit, every screen opens offline, even one never opened before, and after a reload', async ({ page, context }) => {
      const app = new AppPage(page);
      await app.open('/#/licenses');
      await expect(app.heading()).toHaveText('Licenses');
      await installedForOffline(page);
      await context.setOffline(true);
      for (const screen of SCREENS) {
        await app.goTo(screen);
        await expect(app.heading()).toHaveText(screen);
      }
      await page.reload();
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      await expect(app.heading()).toHaveText('Settings');
      await app.goTo('Quotes');
      await expect(app.heading()).toHaveText('Quotes');
    });
  });

  test('a screen whose code does not arrive says so, with a way back, instead of a white window', async ({ page }) => {
    // No service worker here (the default for stories): the screen's file is refused as if the connection dropped.
    await page.route(/\/assets\/QuotesScreen-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    const app = new AppPage(page);
    await app.open('/#/licenses');
    await app.goTo('Quotes');
    await expect(page.getByRole('heading', { level: 1, name: 'This screen could not be loaded' })).toBeVisible();
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.unroute(/\/assets\/QuotesScreen-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(app.heading()).toHaveText('Quotes');
  });
});
