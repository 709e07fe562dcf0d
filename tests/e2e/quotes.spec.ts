import { expect, test } from '@playwright/test';
import { daysBetween } from '../../shared/calendar';
import { formatMoney, formatPercent } from '../../shared/money/format';
import { EntitiesPage } from './pages/entities';
import { expected, pdfText, plain, TODAY } from './pages/quote-figures';
import { license, QuotesPage, seedStore, serveAppFromDisk, storedQuotes } from './pages/quotes';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
});

test.describe('Sales staff quote offline at a customer site', () => {
  test('an academic customer in EUR with a PO number, offline, reloaded half-way, then a draft-marked PDF with the domain figures (R-ORD-4, R-DISC-2, R-ORD-6, R-PAY-1, R-PAY-2, R-TAX-1)', async ({
    page,
    context,
    baseURL,
  }, testInfo) => {
    await serveAppFromDisk(context, baseURL ?? '');
    await context.setOffline(true);
    const pdfFiles: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/(pdfmake|Roboto)[^/]*$/.test(r.url())) pdfFiles.push(r.url());
    });
    const quotes = new QuotesPage(page);
    await quotes.app.open('/#/entities');
    await new EntitiesPage(page).add('Main Library', 'France');
    await quotes.app.goTo('Quotes');
    await quotes.newQuote();

    await quotes.choose('Plan', 'Express');
    await quotes.choose('License type', 'Academic');
    await quotes.choose('Entity', 'Main Library');
    await quotes.field('Years of maintenance').fill('2');
    await quotes.addToCart();
    const want = expected([{ kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'academic', years: 2 }], true);
    const line = want.lines[0];
    if (!line) throw new Error('no line');
    await expect(quotes.cartRows()).toHaveCount(2);
    await expect(quotes.page.getByText(`Total: ${formatMoney(want.totals.net, 'en')}`)).toBeVisible();

    await quotes.continue('Proceed to checkout');
    await quotes.addContact('accounts@univ-exemple.fr', 'Billing');
    await quotes.addContact('it@univ-exemple.fr', 'Technical');
    await quotes.continue();
    await quotes.field(/^Licensee/).fill('Université Exemple');
    await quotes.field(/^Organization/).fill('Université Exemple — Bibliothèque');
    await quotes.field(/^Address/).fill('1 rue des Lilas\n75005 Paris');
    await quotes.choose(/^Country/, 'France');

    // Half-way: the window reloads (or crashes). Nothing typed is lost.
    await page.reload();
    await expect(quotes.field(/^Organization/)).toHaveValue('Université Exemple — Bibliothèque');
    await expect(quotes.field(/^Address/)).toHaveValue('1 rue des Lilas\n75005 Paris');

    await quotes.continue();
    await page.getByRole('radio', { name: 'Get a Quote' }).check();
    await quotes.continue('Review My Order');
    await expect(page.getByTestId('quote-total')).toHaveText(formatMoney(want.totals.net, 'en'));
    for (const step of line.steps) await expect(page.getByText(`−${formatMoney(step.discount, 'en')}`).first()).toBeVisible();
    await expect(page.getByText('No VAT or GST is applied.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Add a PO number to the quote' }).check();
    await quotes.field('PO number').fill('PO-2026-0042');

    // pdfmake and its fonts are loaded only now, when a PDF is made.
    expect(pdfFiles).toEqual([]);
    const download = await quotes.downloadPdf();
    expect(pdfFiles.some((u) => u.includes('/pdfmake'))).toBe(true);
    const file = testInfo.outputPath('quote.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('DRAFT - not a valid quote until submitted');
    expect(text).toContain('PO-2026-0042');
    expect(text).toContain('Main Library');
    expect(text).toContain(plain(formatMoney(line.list, 'en')));
    for (const step of line.steps) {
      expect(text).toContain(plain(`−${formatMoney(step.discount, 'en')}`));
      expect(text).toContain(formatPercent(step.percent, 'en'));
    }
    expect(text).toContain(plain(formatMoney(want.totals.net, 'en')));
    expect(text).toContain(plain(`−${formatMoney(want.totals.discount, 'en')}`));
    expect(text).toContain('No VAT or GST is applied.');
    expect(text).toContain('Net 0');
    expect(text).toContain('Bank transfer');
    expect(text).toContain('License keys are issued only after full payment');
    expect(text).toContain('accounts@univ-exemple.fr');
    expect(text).toContain('Université Exemple');
    expect(text).toContain('Conex — Quote & Order Desk');

    await page.getByRole('button', { name: 'Submit Order' }).click();
    await expect(page.getByText(/You are offline: the order is queued/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Quotes' }).getByText('Waiting to send')).toBeVisible();
    const [stored] = await storedQuotes(page);
    expect(stored).toMatchObject({ status: 'queued', poNumber: 'PO-2026-0042', currency: 'EUR' });
    expect(stored).not.toHaveProperty('officialNumber');
  });
});

test.describe('IT staff renew and upgrade the licenses of their entities', () => {
  test('a license bought 14 months ago renews from its old expiry, not from today (R-MAINT-4)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    await seedStore(page, {
      licenses: [license({ id: 'lib', sen: 'SEN-10000001', purchaseDate: '2025-01-10', maintenanceEnd: '2026-01-10' })],
    });
    await quotes.newQuote();
    await quotes.tab('Renew').click();
    await expect(page.getByRole('combobox', { name: 'License to renew' })).toContainText('SEN-10000001');
    await quotes.field('Email of a current contact of this license').fill('it@univ-exemple.fr');
    await expect(page.getByText('The renewal starts when the current maintenance ends: Jan 10, 2026 to Jan 10, 2027.')).toBeVisible();
    await quotes.addToCart();
    const want = expected(
      [
        {
          kind: 'renewal',
          sen: 'SEN-10000001',
          product: 'conex-books',
          tier: 'Express',
          licenseType: 'academic',
          currentEnd: '2026-01-10',
          years: 1,
        },
      ],
      true,
    );
    const row = quotes.cartRows().filter({ hasText: 'SEN-10000001' });
    await expect(row).toContainText('Jan 10, 2026 to Jan 10, 2027');
    await expect(row).toContainText(formatMoney(want.lines[0]!.net, 'en'));
    await expect(page.getByText(`Total: ${formatMoney(want.totals.net, 'en')}`)).toBeVisible();
  });

  test('an upgrade restarts maintenance at payment and drops the days left (R-UPG-1, R-MAINT-3)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    const starter = license({
      id: 'st',
      sen: 'SEN-20000001',
      tier: 'Starter',
      type: 'commercial',
      purchaseDate: '2025-06-01',
      maintenanceEnd: '2026-06-01',
    });
    await seedStore(page, { licenses: [starter] });
    await quotes.newQuote();
    await quotes.tab('Upgrade').click();
    await quotes.choose('License to upgrade', /SEN-20000001/);
    await quotes.choose('Upgrade to', 'Professional');
    await quotes.field('Email of a current contact of this license').fill('it@example.com');
    await expect(
      page.getByText(
        /Maintenance restarts at payment: 12 months from the payment confirmation date \(about Mar 10, 2026 to Mar 10, 2027\)/,
      ),
    ).toBeVisible();
    await expect(
      page.getByText(`The ${daysBetween(TODAY, '2026-06-01')} days left on the current maintenance are not carried over.`, {
        exact: false,
      }),
    ).toBeVisible();
    await quotes.addToCart();
    const want = expected([
      { kind: 'upgrade', sen: 'SEN-20000001', product: 'conex-books', from: 'Starter', to: 'Professional', licenseType: 'commercial' },
    ]);
    const row = quotes.cartRows().filter({ hasText: 'SEN-20000001' });
    await expect(row).toContainText('Starter to Professional');
    await expect(row).toContainText('Mar 10, 2026 to Mar 10, 2027');
    await expect(row).toContainText(formatMoney(want.lines[0]!.net, 'en'));
  });
});
