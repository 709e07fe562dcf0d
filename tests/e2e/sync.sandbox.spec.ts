import { expect, test } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './pages/axe';
import { LicensesPage } from './pages/licenses';
import { QuotesPage } from './pages/quotes';
import { OtherComputer, SandboxApi, serveSandboxAppFromDisk, SyncPage } from './pages/sync';

/** A calendar date as the app shows it in English, e.g. "Nov 25, 2026". */
const shown = (isoDate: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test.describe('Sales staff sync with the Conex API (sandbox)', () => {
  test('signs in, submits a quote offline, sees its official number once online, and applies the key issued after payment (R-ORD-4, R-PAY-2, R-MAINT-2)', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    await serveSandboxAppFromDisk(context, baseURL ?? '');
    const sandbox = new SandboxApi(request);
    const email = `buyer-${Date.now()}@example.com`;
    const token = await sandbox.account(email);
    const sync = new SyncPage(page);

    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');

    // At the customer's site, without a connection.
    await context.setOffline(true);
    await expect(sync.phase()).toHaveText('Offline');
    const quotes = new QuotesPage(page);
    await quotes.app.goTo('Quotes');
    await quotes.newQuote();
    await quotes.addToCart();
    await quotes.checkoutToReview(email, email, 'France');
    await page.getByRole('button', { name: 'Submit Order' }).click();
    const list = page.getByRole('table', { name: 'Quotes' });
    await expect(list.getByText('Waiting to send')).toBeVisible();
    await expect(sync.waiting()).toHaveText('Changes waiting: 1');

    // Back online: the quote goes out by itself and comes back with its official number (R-ORD-4).
    await context.setOffline(false);
    await expect(sync.waiting()).toHaveText('Changes waiting: 0', { timeout: 20_000 });
    await expect(list.getByText('Submitted')).toBeVisible();
    const number =
      (await list
        .getByRole('rowheader')
        .filter({ hasText: /^Q-\d{4}-\d{6}$/ })
        .first()
        .textContent()) ?? '';
    expect(number).toMatch(/^Q-\d{4}-\d{6}$/);

    // Conex receives the payment: the sandbox issues the key, with maintenance from the payment date (R-MAINT-2).
    const today = localDay(new Date());
    const [issued] = await sandbox.confirmPayment(number, today);
    const sen = issued?.sen ?? '';
    await sync.syncNow();
    const prompt = sync.newKeyPrompt();
    await expect(prompt).toContainText(`A new key is ready for ${sen}`);
    await page.getByRole('tab', { name: 'Orders' }).click();
    await expect(page.getByRole('table', { name: 'Orders' }).getByRole('row', { name: new RegExp(number) })).toContainText(
      /INV-\d{4}-\d{6}/,
    );

    // The key is applied by the user, in License Details, never silently (R-LIC-3).
    await prompt.getByRole('button', { name: 'Open License Details' }).click();
    const licenses = new LicensesPage(page);
    await expect(licenses.app.heading()).toHaveText(`License Details: ${sen}`);
    await expect(licenses.keyBox()).toHaveValue(/^CX1\./);
    await page.getByRole('button', { name: 'Apply key', exact: true }).click();
    await licenses.dialog().getByRole('button', { name: 'Apply this key' }).click();
    await expect(licenses.dialog()).toHaveCount(0);
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    await expect(licenses.field('Maintenance start')).toHaveText(shown(today));
    await expect(licenses.field('Maintenance end')).toHaveText(shown(nextYear));
    await expect(licenses.history()).toContainText('Current key');
    await expect(prompt).toHaveCount(0);
  });
});

test.describe('A quote changed on two computers (sandbox)', () => {
  test('a PO changed here and on the server is not overwritten: both versions are shown and the user chooses; the sync panel, log and chooser pass axe in both themes', async ({
    page,
    request,
  }) => {
    // Three views, each scanned in both themes: on a loaded two-core machine that alone can pass a minute.
    test.slow();
    const sandbox = new SandboxApi(request);
    const email = `two-computers-${Date.now()}@example.com`;
    const token = await sandbox.account(email);
    const other = new OtherComputer(request, token);
    const sync = new SyncPage(page);
    await sync.signIn(email, token);

    // Submitted from the other computer; this one receives it with its number.
    const quote = await other.submit('shared-quote', email);
    await sync.syncNow();
    const quotes = new QuotesPage(page);
    await quotes.app.goTo('Quotes');
    const row = page.getByRole('table', { name: 'Quotes' }).getByRole('row', { name: new RegExp(quote.officialNumber) });
    await expect(row).toContainText('Submitted');

    // The other computer sets a PO; this one sets another before it has seen it.
    await other.setPo('shared-quote', 'PO-THERE', quote.revision);
    await page.getByRole('button', { name: `Update PO number of ${quote.officialNumber}` }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'PO number' }).fill('PO-HERE');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    const review = sync.app.nav().getByRole('button', { name: 'Quotes to review: 1' });
    await expect(review).toBeVisible({ timeout: 20_000 });

    await review.click();
    const chooser = page.getByRole('dialog', { name: /Changed here and on the Conex server/ });
    await expect(chooser.getByRole('row', { name: /PO number/ })).toContainText('PO-HERE');
    await expect(chooser.getByRole('row', { name: /PO number/ })).toContainText('PO-THERE');
    await expectNoSeriousViolationsInBothThemes(page, 'conflict chooser');
    await chooser.getByRole('button', { name: 'Close' }).click();
    await expect(chooser).toHaveCount(0);
    await sync.openPanel();
    await expectNoSeriousViolationsInBothThemes(page, 'sync panel');
    await page.getByRole('button', { name: 'Sync log' }).click();
    // Axe once the panel has faded out, or its half-transparent text fails the contrast check.
    await expect(page.getByRole('dialog', { name: 'Sync with Conex' })).toHaveCount(0);
    const log = page.getByRole('dialog', { name: 'Sync log' });
    await expect(log).toContainText('choose which version to keep');
    await expectNoSeriousViolationsInBothThemes(page, 'sync log');
    expect(await log.textContent()).not.toContain(token);
    await log.getByRole('button', { name: 'Close' }).click();
    await expect(log).toHaveCount(0);

    await review.click();
    await page.getByRole('button', { name: "Use the server's version" }).click();
    await quotes.app.goTo('Quotes');
    await page.getByRole('button', { name: `Update PO number of ${quote.officialNumber}` }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'PO number' })).toHaveValue('PO-THERE');
    expect(await other.po('shared-quote')).toBe('PO-THERE');
  });
});
