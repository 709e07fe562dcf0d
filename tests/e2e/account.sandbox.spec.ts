import { expect, test } from '@playwright/test';
import { AccountPage, accountWithPaidOrder } from './pages/account';
import { LicensesPage } from './pages/licenses';
import { pdfText } from './pages/quote-figures';
import { QuotesPage } from './pages/quotes';
import { OtherComputer, SandboxApi, serveSandboxAppFromDisk, SyncPage } from './pages/sync';

test.describe('My Conex: the account, its contacts and orders (sandbox)', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await serveSandboxAppFromDisk(context, baseURL ?? '');
  });

  test('updates the profile and its tax IDs, refused first in the wrong format, and sees both on a new quote PDF (R-TAX-1, R-ACC-5)', async ({
    page,
  }, testInfo) => {
    const account = new AccountPage(page);
    await account.app.open('/#/settings');
    await account.field('Username (your email)').fill('ana@univ.example');
    await account.field('Organization').fill('Université Exemple');
    await account.field('Address').fill('2 rue Didouche Mourad, Alger');
    await account.section().getByRole('checkbox', { name: 'Do not name our organization in any publicity' }).check();
    expect(await account.addTaxId()).toBe(1);
    await account.taxId(1).fill('12345');
    await account.save();
    await expect(account.section().getByRole('alert')).toHaveText(/A VAT number is a 2-letter country code/);
    await expect(account.taxId(1)).toHaveAttribute('aria-invalid', 'true');

    await account.taxId(1).fill('fr 1234 5678 901');
    expect(await account.addTaxId()).toBe(2);
    await account.chooseTaxKind(2, 'GST registration number');
    await account.taxId(2).fill('27abcde1234f1z5');
    await account.save();
    await expect(account.section().getByRole('alert')).toHaveCount(0);
    await expect(account.taxId(1)).toHaveValue('FR12345678901');
    await expect(account.taxId(2)).toHaveValue('27ABCDE1234F1Z5');
    await expect(account.section().getByRole('button', { name: 'Remove GST registration number' })).toBeVisible();
    expect(await new LicensesPage(page).accessibilityViolations('profile with two tax IDs')).toEqual([]);

    // A new quote starts with the profile's organization and tax IDs; the review and the PDF print both.
    const quotes = new QuotesPage(page);
    await quotes.app.goTo('Quotes');
    await quotes.newQuote();
    await quotes.addToCart();
    await quotes.continue('Proceed to checkout');
    await quotes.addContact('ana@univ.example', 'Billing');
    await quotes.addContact('ana@univ.example', 'Technical');
    await quotes.continue();
    await expect(quotes.field(/^Organization/)).toHaveValue('Université Exemple');
    await quotes.choose(/^Country/, 'France');
    await quotes.continue();
    await page.getByRole('radio', { name: 'Get a Quote' }).check();
    await quotes.continue('Review My Order');
    await expect(page.getByText('VAT number: FR12345678901')).toBeVisible();
    await expect(page.getByText('GST registration number: 27ABCDE1234F1Z5')).toBeVisible();
    const download = await quotes.downloadPdf();
    const file = testInfo.outputPath('quote.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('VAT number: FR12345678901');
    expect(text).toContain('GST registration number: 27ABCDE1234F1Z5');
  });

  test('adds a technical contact and makes them primary; removing the last billing contact and closing the account are refused (R-ACC-2, R-ACC-3)', async ({
    page,
    request,
  }) => {
    // A long story (a paid order, sync, two panels, axe twice) on a shared two-core machine.
    test.slow();
    const email = `owner-${Date.now()}@example.com`;
    const { token, sen } = await accountWithPaidOrder(request, email);
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');

    const account = new AccountPage(page);
    await account.app.goTo('Licenses');
    await page.getByRole('button', { name: `Open License Details for ${sen}` }).click();
    const panel = account.contacts();
    await expect(panel.getByRole('list', { name: 'Billing' })).toContainText(email);

    await account.addContact('it@univ.example', 'Technical');
    await expect(sync.waiting()).toHaveText('Changes waiting: 0', { timeout: 20_000 });
    await panel.getByRole('button', { name: 'Make it@univ.example primary' }).click();
    const it = panel.getByRole('list', { name: 'Technical' }).getByRole('listitem').filter({ hasText: 'it@univ.example' });
    await expect(it).toContainText('Primary');
    await expect(panel.getByRole('button', { name: 'Make it@univ.example primary' })).toHaveCount(0);
    await expect(sync.waiting()).toHaveText('Changes waiting: 0', { timeout: 20_000 });

    // The last billing contact stays.
    await panel
      .getByRole('list', { name: 'Billing' })
      .getByRole('button', { name: `Remove ${email}` })
      .click();
    await expect(panel.getByRole('alert')).toHaveText(
      `${email} is the last billing contact of this license: add another billing contact first.`,
    );
    await expect(panel.getByRole('list', { name: 'Billing' })).toContainText(email);

    const licenses = new LicensesPage(page);
    expect(await licenses.accessibilityViolations('contacts panel')).toEqual([]);

    // Closing the account is refused, with the license to move first.
    await account.app.goTo('Settings');
    await account.section().getByRole('button', { name: 'Close account' }).click();
    const refusal = account.section().getByRole('alert');
    await expect(refusal).toContainText('The account cannot be closed yet');
    await expect(refusal).toContainText(sen);
    expect(await licenses.accessibilityViolations('account section with the closing refusal')).toEqual([]);
  });
});

test.describe('My Conex: orders and invoices (sandbox)', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await serveSandboxAppFromDisk(context, baseURL ?? '');
  });

  test('opens the Orders tab and downloads the paid invoice; a PO update on the paid order is refused (R-ORD-8, R-ORD-6)', async ({
    page,
    request,
  }, testInfo) => {
    const email = `payer-${Date.now()}@example.com`;
    const { token, number, sen } = await accountWithPaidOrder(request, email);
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');

    await sync.app.goTo('Quotes');
    await page.getByRole('tab', { name: 'Orders' }).click();
    const orders = page.getByRole('table', { name: 'Orders' });
    const row = orders.getByRole('row', { name: new RegExp(number) });
    // The order's details as Conex recorded them: invoice number and the license it issued.
    await expect(row).toContainText(/INV-\d{4}-\d{6}/);
    await expect(row).toContainText(sen);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Download the invoice of ${number}` }).click(),
    ]);
    const file = testInfo.outputPath('invoice.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('Conex invoice');
    expect(text).toContain(`Quote ${number}`);

    await row.getByRole('button', { name: `Update PO number of ${number}` }).click();
    await expect(page.getByText('This order is paid: its PO number can no longer change.')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a second account sees none of the first one’s orders, only its own (R-ORD-8)', async ({ page, request }) => {
    const first = await accountWithPaidOrder(request, `first-${Date.now()}@example.com`);
    const second = `second-${Date.now()}@example.com`;
    const own = await accountWithPaidOrder(request, second);
    const sync = new SyncPage(page);
    await sync.signIn(second, own.token);
    await expect(sync.phase()).toHaveText('Synced');
    await sync.app.goTo('Quotes');
    await page.getByRole('tab', { name: 'Orders' }).click();
    const orders = page.getByRole('table', { name: 'Orders' });
    await expect(orders.getByRole('row', { name: new RegExp(own.number) })).toContainText(/INV-\d{4}-\d{6}/);
    await expect(orders.getByRole('row', { name: new RegExp(first.number) })).toHaveCount(0);
    await expect(orders.getByRole('row', { name: /Q-\d{4}-\d{6}/ })).toHaveCount(1);
  });

  test('pays a submitted quote by card on Conex’s payment page, opened outside the app', async ({ page, request }) => {
    const email = `card-${Date.now()}@example.com`;
    const sandbox = new SandboxApi(request);
    const token = await sandbox.account(email);
    const quote = await new OtherComputer(request, token).submit(crypto.randomUUID(), email);
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');
    await sync.app.goTo('Quotes');
    const row = page.getByRole('table', { name: 'Quotes' }).getByRole('row', { name: new RegExp(quote.officialNumber ?? '') });
    await page.context().route('https://pay.conex.example/**', (route) => route.fulfill({ body: 'Conex secure payment (test stand-in)' }));
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      row.getByRole('button', { name: `Pay ${quote.officialNumber} by card on Conex's secure payment page` }).click(),
    ]);
    // The sandbox's payment page, as its GET /v1/links names it: the app holds no address of its own.
    await expect.poll(() => popup.url()).toBe(`https://pay.conex.example/quotes/${quote.officialNumber}`);
    await popup.close();
  });
});
