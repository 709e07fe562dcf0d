import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { daysBetween } from '../../shared/calendar';
import { proposeCotermination } from '../../shared/maintenance/cotermination';
import { formatMoney, formatPercent } from '../../shared/money/format';
import { priceQuote, type PricedQuote } from '../../shared/pricing/price-quote';
import { parsePriceBook, type PriceBook } from '../../shared/pricing/price-book';
import type { QuoteLineInput } from '../../shared/pricing/quote-lines';
import { newDraft, type Quote } from '../../shared/quote';
import { EntitiesPage } from './pages/entities';
import { license, QuotesPage, seedStore, serveAppFromDisk, storedQuotes } from './pages/quotes';

/** The bundled price book, read as the app reads it, so expected figures come from the domain, not from this file. */
const parsed = parsePriceBook(JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/price-book.json'), 'utf8')));
if (!parsed.ok) throw new Error('bundled price book is invalid');
const book: PriceBook = parsed.value;
const TODAY = '2026-03-10';

function expected(lines: QuoteLineInput[], academic = false, country = 'FR'): PricedQuote {
  const result = priceQuote(lines, book, { country, academic, now: TODAY });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** pdftotext's text with every kind of space made one plain space. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f\s]+/g, ' ');
}
const plain = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ');
const formatDateEn = (d: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

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

    const download = await quotes.downloadPdf();
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

  test('asking to synchronise maintenance dates shows the domain’s proposal and flags the quote for sales review (R-MAINT-7)', async ({
    page,
  }) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    const a = license({ id: 'a', sen: 'SEN-30000001', maintenanceEnd: '2026-05-01' });
    const b = license({ id: 'b', sen: 'SEN-30000002', maintenanceEnd: '2026-09-15' });
    await seedStore(page, { licenses: [a, b] });
    await quotes.newQuote();
    await quotes.tab('Renew').click();
    await quotes.choose('License to renew', /SEN-30000001/);
    await quotes.field('Email of a current contact of this license').fill('it@univ-exemple.fr');
    await page.getByRole('checkbox', { name: /Synchronize the maintenance dates/ }).check();
    await page.getByRole('checkbox', { name: /SEN-30000002/ }).check();
    const proposal = proposeCotermination([a, b], TODAY);
    if (!proposal.ok) throw new Error(proposal.error.code);
    await expect(page.getByText(`Proposed common end date: ${formatDateEn(proposal.value.commonEnd)}`)).toBeVisible();
    await expect(page.getByText(/flagged for sales review, 1 to 3 business days/)).toBeVisible();
    await quotes.addToCart();
    await expect(quotes.cartRows()).toHaveCount(2);
    // The put runs after the keystroke, off the input path: wait for it rather than race it.
    await expect
      .poll(async () => (await storedQuotes(page))[0])
      .toMatchObject({
        flaggedForReview: true,
        cotermination: { commonEnd: proposal.value.commonEnd, licenses: [{ id: 'b', sen: 'SEN-30000002' }] },
      });
    await page.getByRole('button', { name: 'All quotes' }).click();
    await expect(page.getByRole('table', { name: 'Quotes' }).getByText('Sales review')).toBeVisible();
  });
});

/** A cart with one new Starter license, then on to the contacts step. */
async function startCheckout(quotes: QuotesPage): Promise<void> {
  await quotes.open();
  await quotes.newQuote();
  await quotes.addToCart();
  await expect(quotes.cartRows()).toHaveCount(2);
  await quotes.continue('Proceed to checkout');
}

async function fillOrganization(quotes: QuotesPage, country: string): Promise<void> {
  await quotes.field(/^Licensee/).fill('ACME');
  await quotes.field(/^Organization/).fill('ACME');
  await quotes.field(/^Address/).fill('1 Main Street');
  await quotes.choose(/^Country/, country);
}

test.describe('Bad input is refused where it is typed, in the user’s language, and the draft stays as it was', () => {
  test('a renewal past the 3-year cap (R-MAINT-5)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    await seedStore(page, { licenses: [license({ id: 'lib', sen: 'SEN-10000001', maintenanceEnd: '2026-01-10' })] });
    await quotes.newQuote();
    await quotes.tab('Renew').click();
    await quotes.field('Email of a current contact of this license').fill('it@univ-exemple.fr');
    await quotes.field('Years of maintenance').fill('4');
    await expect(
      page.getByText(/A server license can hold at most 3 years of maintenance.*The longest renewal allowed today is 3 year/),
    ).toBeVisible();
    await quotes.addToCart();
    await expect(page.getByRole('alert').filter({ hasText: 'at most 3 years' })).toBeVisible();
    await expect(page.getByText('The cart is empty: add a product from the New, Renew or Upgrade tab.')).toBeVisible();
    expect(await storedQuotes(page)).toEqual([]);
  });

  test('a downgrade, and licenses combined into a plan (R-UPG-1, R-LIC-2)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    await seedStore(page, {
      licenses: [
        license({ id: 'p', sen: 'SEN-40000001', tier: 'Professional' }),
        license({ id: 's', sen: 'SEN-40000002', tier: 'Starter' }),
      ],
    });
    await quotes.newQuote();
    await quotes.tab('Upgrade').click();
    await quotes.field('Email of a current contact of this license').fill('it@example.com');
    await expect(page.getByRole('combobox', { name: 'License to upgrade' })).toHaveText('SEN-40000001');
    await quotes.choose('Upgrade to', 'Starter');
    await expect(page.getByRole('alert').filter({ hasText: 'Upgrades go upward only: Professional cannot become Starter.' })).toBeVisible();
    await quotes.addToCart();
    await expect(page.getByText('The cart is empty', { exact: false })).toBeVisible();

    await quotes.choose('Upgrade to', 'Enterprise');
    await quotes.choose('License to upgrade', /SEN-40000002/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('combobox', { name: 'License to upgrade' })).toContainText('SEN-40000001, SEN-40000002');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Licenses cannot be combined into a plan: upgrade one license at a time.' }),
    ).toBeVisible();
    await quotes.addToCart();
    await expect(page.getByText('The cart is empty', { exact: false })).toBeVisible();
    expect(await storedQuotes(page)).toEqual([]);
  });

  test('DZD outside Algeria, and moving a DZD quote out of Algeria (R-CUR-1)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await startCheckout(quotes);
    await quotes.addContact('pay@acme.example', 'Billing');
    await quotes.addContact('it@acme.example', 'Technical');
    await quotes.continue();
    await fillOrganization(quotes, 'France');
    await quotes.choose('Currency', 'DZD (Algerian dinar)');
    await expect(page.getByText('Quotes in Algerian dinars (DZD) are only for customers in Algeria.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveText('EUR (euro)');

    await quotes.choose(/^Country/, 'Algeria');
    await quotes.choose('Currency', 'DZD (Algerian dinar)');
    const rate = book.exchange.DZD;
    if (!rate) throw new Error('no DZD rate');
    await expect(page.getByTestId('exchange-note')).toContainText(
      `1 EUR = ${rate.perEur} DZD + ${rate.marginPercent} % currency fluctuation margin`,
    );
    await quotes.choose(/^Country/, 'France');
    await expect(page.getByText('Quotes in Algerian dinars (DZD) are only for customers in Algeria.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Country/ })).toHaveText('Algeria');
    // The put runs after the keystroke, off the input path: wait for it rather than race it.
    await expect.poll(async () => (await storedQuotes(page))[0]).toMatchObject({ currency: 'DZD', organization: { country: 'DZ' } });
  });

  test('no billing or no technical contact, and a malformed email (R-ORD-3, R-ORD-9)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await startCheckout(quotes);
    await quotes.continue();
    await expect(page.getByRole('alert').filter({ hasText: 'Add at least one billing contact.' })).toBeVisible();
    await quotes.addContact('accounts@@acme', 'Billing');
    await expect(page.getByText('“accounts@@acme” is not a valid email address.')).toBeVisible();
    await quotes.addContact('accounts@acme.example', 'Billing');
    await quotes.continue();
    await expect(page.getByRole('alert').filter({ hasText: 'Add at least one technical contact.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    // The put runs after the keystroke, off the input path: wait for it rather than race it.
    await expect
      .poll(async () => (await storedQuotes(page))[0])
      .toMatchObject({ step: 'contacts', contacts: [{ email: 'accounts@acme.example', role: 'billing' }] });
  });

  test('a PO number longer than 50 characters (R-ORD-6)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await startCheckout(quotes);
    await quotes.addContact('pay@acme.example', 'Billing');
    await quotes.addContact('it@acme.example', 'Technical');
    await quotes.continue();
    await fillOrganization(quotes, 'France');
    await quotes.continue();
    await page.getByRole('radio', { name: 'Pay now via credit card' }).check();
    await quotes.continue('Review My Order');
    await page.getByRole('checkbox', { name: 'Add a PO number to the quote' }).check();
    await quotes.field('PO number').fill('PO-77');
    await quotes.field('PO number').fill('P'.repeat(51));
    await expect(page.getByText('A PO number has 50 characters at most.')).toBeVisible();
    // The put runs after the keystroke, off the input path: wait for it rather than race it.
    await expect.poll(async () => (await storedQuotes(page))[0]).toMatchObject({ poNumber: 'PO-77' });
    await page.reload();
    await expect(quotes.field('PO number')).toHaveValue('PO-77');
  });

  test('a price book that no longer has a product (R-PRICE-1)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    const newer = { ...book, version: '2026.2-test', products: book.products.filter((p) => p.id !== 'conex-data-center') };
    await seedStore(page, { meta: [{ key: 'priceBook', value: newer }] });
    await quotes.newQuote();
    await quotes.choose('Product', 'conex-data-center');
    await quotes.choose('Plan', 'Enterprise');
    await quotes.addToCart();
    await expect(page.getByRole('alert').filter({ hasText: 'The product "conex-data-center" is not in the price book.' })).toBeVisible();
    await expect(page.getByText('The cart is empty', { exact: false })).toBeVisible();
  });

  test('a PDF whose font is missing says so and leaves the draft untouched', async ({ page, baseURL }) => {
    const quotes = new QuotesPage(page);
    await page.route(`${baseURL}/assets/Roboto-Regular-*.ttf`, (route) => route.fulfill({ status: 404, body: '' }));
    await startCheckout(quotes);
    await quotes.addContact('pay@acme.example', 'Billing');
    await quotes.addContact('it@acme.example', 'Technical');
    await quotes.continue();
    await fillOrganization(quotes, 'France');
    await quotes.continue();
    await page.getByRole('radio', { name: 'Get a Quote' }).check();
    await quotes.continue('Review My Order');
    await expect.poll(async () => (await storedQuotes(page))[0]).toMatchObject({ step: 'review' });
    const [before] = await storedQuotes(page);
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect(
      page.getByText('The PDF could not be made: the font Roboto-Regular.ttf is missing. The draft was not changed.'),
    ).toBeVisible();
    expect(await storedQuotes(page)).toEqual([before]);
  });

  test('errors are in French when the app is in French', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.app.open('/#/settings');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await quotes.app.goTo('Devis');
    await page.getByRole('button', { name: 'Nouveau devis' }).first().click();
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    await page.getByRole('button', { name: 'Passer à la commande' }).click();
    await page.getByRole('textbox', { name: 'E-mail du contact' }).fill('compta@');
    await page.getByRole('button', { name: 'Ajouter le contact' }).click();
    await expect(page.getByText("« compta@ » n'est pas une adresse e-mail valide.")).toBeVisible();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Ajoutez au moins un contact de facturation.' })).toBeVisible();
  });
});

test.describe('The form works for everyone', () => {
  for (const theme of ['Light', 'Dark']) {
    test(`every step and the quote list have no serious or critical accessibility violation (${theme.toLowerCase()} theme)`, async ({
      page,
    }) => {
      const quotes = new QuotesPage(page);
      await quotes.app.open('/#/settings');
      await page.getByRole('combobox', { name: 'Theme' }).click();
      await page.getByRole('option', { name: theme }).click();
      await seedStore(page, {
        licenses: [license({ id: 'a', sen: 'SEN-50000001' }), license({ id: 'b', sen: 'SEN-50000002', maintenanceEnd: '2026-08-01' })],
      });
      await quotes.app.goTo('Quotes');
      const check = async (where: string) => {
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      };
      await quotes.newQuote();
      await check('New tab');
      await quotes.tab('Renew').click();
      await page.getByRole('checkbox', { name: /Synchronize the maintenance dates/ }).check();
      await page.getByRole('checkbox', { name: /SEN-50000002/ }).check();
      await check('Renew tab');
      await quotes.tab('Upgrade').click();
      await check('Upgrade tab');
      await quotes.tab('New').click();
      await quotes.addToCart();
      await check('Cart');
      await quotes.continue('Proceed to checkout');
      await quotes.addContact('pay@acme.example', 'Billing');
      await quotes.addContact('it@acme.example', 'Technical');
      await check('Contacts');
      await quotes.continue();
      await fillOrganization(quotes, 'Algeria');
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
  }

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
