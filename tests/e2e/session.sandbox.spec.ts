import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { AppPage } from './pages/app';
import { SandboxApi, SyncPage } from './pages/sync';

/** The sidebar's sync word, the sync panel's lines, and Settings: the three places that say whether one is signed in. */
async function expectSignedOutEverywhere(page: Page): Promise<void> {
  const app = new AppPage(page);
  await app.open('/#/settings');
  await expect(app.nav().getByTestId('sync-phase')).toHaveText('Not signed in');
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Account email' })).toBeVisible();
  await new SyncPage(page).openPanel();
  const panel = page.getByRole('dialog', { name: 'Sync with Conex' });
  await expect(panel.getByText(/^Signed in as/)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.keyboard.press('Escape');
}

test('after the browser is reopened, the sidebar, Settings and the sync panel agree the web session ended, and signing in again needs no sign-out', async ({
  baseURL,
  request,
}) => {
  const email = `reopen-${Date.now()}@example.com`;
  const token = await new SandboxApi(request).account(email);
  const profile = await mkdtemp(join(tmpdir(), 'conex-session-'));
  const launch = async (): Promise<[BrowserContext, Page]> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      locale: 'en-US',
      baseURL,
    });
    return [context, context.pages()[0] ?? (await context.newPage())];
  };
  try {
    let [context, page] = await launch();
    const signIn = async () => {
      await page.getByRole('textbox', { name: 'Account email' }).fill(email);
      await page.getByLabel('API token').fill(token);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}`);
      await expect(new AppPage(page).nav().getByTestId('sync-phase')).toHaveText('Synced');
    };
    await new AppPage(page).open('/#/settings');
    await signIn();
    await context.close();

    [context, page] = await launch();
    await expectSignedOutEverywhere(page);
    await signIn();
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
