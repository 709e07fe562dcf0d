import { expect, test } from '@playwright/test';
import { AccountPage, accountWithPaidOrder } from './pages/account';
import { pdfText } from './pages/quote-figures';
import { QuotesPage } from './pages/quotes';
import { serveSandboxAppFromDisk, SyncPage } from './pages/sync';

test.describe('My Conex: the account, its contacts and orders (sandbox)', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await serveSandboxAppFromDisk(context, baseURL ?? '');
  });

  test('updates the profile and its tax ID, refused first in the wrong format, and sees it on a new quote PDF (R-TAX-1, R-ACC-5)', async ({
    page,
  }, testInfo) => {
    const account = new AccountPage(page);
    await account.app.open('/#/settings');
    await account.field('Username (your email)').fill('ana@univ.example');
    await account.field('Organization').fill('Université Exemple');
    await account.field('Address').fill('2 rue Didouche Mourad, Alger');
    await account.section().getByRole('checkbox', { name: 'Do not name our organization in any publicity' }).check();
    await account.chooseTaxKind('VAT number');
    await account.field('Tax ID').fill('12345');
    await account.save();
    await expect(account.section().getByRole('alert')).toHaveText(/A VAT number is a 2-letter country code/);

    await account.field('Tax ID').fill('fr 1234 5678 901');
    await account.save();
    await expect(account.section().getByRole('alert')).toHaveCount(0);
    await expect(account.field('Tax ID')).toHaveValue('FR12345678901');

    // A new quote starts with the profile's organization and tax ID; the PDF prints the tax ID.
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
    const download = await quotes.downloadPdf();
    const file = testInfo.outputPath('quote.pdf');
    await download.saveAs(file);
    expect(pdfText(file)).toContain('FR12345678901');
  });

  test('adds a technical contact and makes them primary; removing the last billing contact and closing the account are refused (R-ACC-2, R-ACC-3)', async ({
    page,
    request,
  }) => {
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

    // Closing the account is refused, with the license to move first.
    await account.app.goTo('Settings');
    await account.section().getByRole('button', { name: 'Close account' }).click();
    const refusal = account.section().getByRole('alert');
    await expect(refusal).toContainText('The account cannot be closed yet');
    await expect(refusal).toContainText(sen);
  });
});
