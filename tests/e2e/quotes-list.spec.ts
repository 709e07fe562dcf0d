import { expect, test } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './pages/axe';
import { newDraft, type Quote } from '../../shared/quote';
import { book, pdfText, TODAY } from './pages/quote-figures';
import { license, QuotesPage, seedStore, storedQuotes } from './pages/quotes';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
});

test.describe('The form works for everyone', () => {
  test('every step and the quote list have no serious or critical accessibility violation, in the light and the dark theme', async ({
    page,
  }) => {
    // Eight views, each scanned in both themes: on a loaded two-core machine a scan can take several seconds.
    test.slow();
    const quotes = new QuotesPage(page);
    await quotes.app.open('/#/settings');
    await seedStore(page, {
      licenses: [license({ id: 'a', sen: 'SEN-50000001' }), license({ id: 'b', sen: 'SEN-50000002', maintenanceEnd: '2026-08-01' })],
    });
    await quotes.app.goTo('Quotes');
    const check = async (where: string) => {
      await expectNoSeriousViolationsInBothThemes(page, where);
    };
    await quotes.newQuote();
    await check('New tab');
    await quotes.tab('Renew').click();
    await page.getByRole('checkbox', { name: /Synchronize the maintenance dates/ }).check();
    await page.getByRole('checkbox', { name: /SEN-50000002/ }).check();
    await check('Renew tab');
    await quotes.tab('Upgrade').click();
    await quotes.choose('License to upgrade', /SEN-50000001/);
    await page.getByRole('radio', { name: /Synchronise them with this upgrade/ }).check();
    await check('Upgrade tab');
    await quotes.tab('New').click();
    await quotes.addToCart();
    await check('Cart');
    await quotes.continue('Proceed to checkout');
    await quotes.addContact('pay@acme.example', 'Billing');
    await quotes.addContact('it@acme.example', 'Technical');
    await check('Contacts');
    await quotes.continue();
    await quotes.fillOrganization('Algeria');
    await quotes.choose('Currency', 'DZD (Algerian dinar)');
    await check('Organization');
    await quotes.continue();
    await check('Payment');
    await page.getByRole('radio', { name: 'Get a Quote' }).check();
    await quotes.continue('Review My Order');
    await page.getByRole('checkbox', { name: 'Add a PO number to the quote' }).check();
    await check('Review');
    await page.getByRole('button', { name: 'All quotes' }).click();
    await check('Quote list');
  });

  test('the form can be filled with the keyboard alone', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    await quotes.newQuote();
    await page.getByRole('button', { name: 'Add to cart' }).focus();
    await page.keyboard.press('Enter');
    await expect(quotes.cartRows()).toHaveCount(2);
    await page.getByRole('button', { name: 'Proceed to checkout' }).focus();
    await page.keyboard.press('Enter');
    await quotes.field('Contact email').focus();
    await page.keyboard.type('pay@acme.example');
    await page.keyboard.press('Enter');
    await expect(page.getByText('pay@acme.example (Billing)')).toBeVisible();
    await page.keyboard.type('it@acme.example');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Technical' }).press('Enter');
    await page.getByRole('button', { name: 'Add contact' }).press('Enter');
    await expect(page.getByText('it@acme.example (Technical)')).toBeVisible();
  });
});

test.describe('The quote list: drafts, quotes and paid orders (R-ORD-5, R-ORD-7)', () => {
  function sent(id: string, number: string, status: 'submitted' | 'paid', line: Quote['lines'][number]['line']): Quote {
    return {
      ...newDraft(id, new Date(`${TODAY}T08:00:00Z`), 'en', book),
      status,
      officialNumber: number,
      issueDate: '2026-03-01',
      validUntil: '2026-03-31',
      lines: [{ id: `${id}-1`, line }],
      contacts: [
        { email: 'pay@acme.example', role: 'billing' },
        { email: 'it@acme.example', role: 'technical' },
      ],
      organization: { licensee: 'ACME', name: `ACME ${number}`, address: '1 Main Street', country: 'FR' },
      paymentChoice: 'quote',
      step: 'review',
    };
  }

  test('edit or contact us, duplicate, update the PO, delete with undo, orders apart, and a submitted quote’s PDF without the draft mark', async ({
    page,
  }, testInfo) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    const dataCenter = sent('dc', 'CQ-1001', 'submitted', {
      kind: 'new',
      product: 'conex-data-center',
      tier: 'Enterprise',
      licenseType: 'commercial',
      years: 1,
    });
    const books = sent('bk', 'CQ-1002', 'submitted', {
      kind: 'new',
      product: 'conex-books',
      tier: 'Starter',
      licenseType: 'commercial',
      years: 1,
    });
    const paid = sent('pd', 'CQ-0999', 'paid', {
      kind: 'new',
      product: 'conex-books',
      tier: 'Express',
      licenseType: 'commercial',
      years: 1,
    });
    await seedStore(page, { quotes: [dataCenter, books, paid] });
    const list = page.getByRole('table', { name: 'Quotes' });
    const row = (name: string | RegExp) => list.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

    await expect(row('CQ-1001')).toContainText('Mar 31, 2026');
    await expect(row('CQ-1001').getByRole('button', { name: 'Edit CQ-1001' })).toHaveCount(0);
    await row('CQ-1001').getByRole('button', { name: 'Contact us' }).click();
    await expect(page.getByText('Contact us to change this quote. It contains an Enterprise product (Data Center).')).toBeVisible();
    await expect(row('CQ-0999')).toHaveCount(0);

    await page.getByRole('button', { name: 'Update PO number of CQ-1001' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'PO number' }).fill('P'.repeat(51));
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog').getByText('A PO number has 50 characters at most.')).toBeVisible();
    await page.getByRole('dialog').getByRole('textbox', { name: 'PO number' }).fill('PO-9');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('PO number saved.')).toBeVisible();

    await page.getByRole('button', { name: 'Duplicate CQ-1002' }).click();
    await expect(row(/^Draft /)).toHaveCount(1);
    const draftName =
      (await row(/^Draft /)
        .getByRole('rowheader')
        .textContent()) ?? '';
    await page.getByRole('button', { name: `Delete ${draftName}` }).click();
    await expect(row(/^Draft /)).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(row(draftName)).toBeVisible();

    const download = await (async () => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF of CQ-1001' }).click()]);
      return d;
    })();
    const file = testInfo.outputPath('CQ-1001.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('Quote CQ-1001');
    expect(text).toContain('Issue date Mar 1, 2026');
    expect(text).toContain('Valid until Mar 31, 2026');
    expect(text).toContain('PO-9');
    expect(text).not.toContain('DRAFT');

    await page.getByRole('tab', { name: 'Orders' }).click();
    const orders = page.getByRole('table', { name: 'Orders' });
    await expect(orders.getByRole('rowheader', { name: 'CQ-0999' })).toBeVisible();
    await expect(orders.getByRole('button', { name: /Edit|Delete|Duplicate/ })).toHaveCount(0);

    await page.getByRole('tab', { name: 'Quotes' }).click();
    await page.getByRole('button', { name: 'Edit CQ-1002' }).click();
    await expect(page.getByText('The quote is a draft again: submit it once more when the changes are done.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Quote CQ-1002' })).toBeVisible();
    const stored = (await storedQuotes(page)).find((q) => q.id === 'bk');
    expect(stored).toMatchObject({ status: 'draft', officialNumber: 'CQ-1002' });
  });
});
