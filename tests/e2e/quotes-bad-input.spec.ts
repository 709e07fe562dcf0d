import { expect, test } from '@playwright/test';
import { book, TODAY } from './pages/quote-figures';
import { license, QuotesPage, seedStore, storedQuotes } from './pages/quotes';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
});

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

  test('a downgrade; and one license at a time, never combined into a plan (R-UPG-1, R-LIC-2)', async ({ page }) => {
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
    // Nothing is chosen for the user.
    await expect(page.getByRole('combobox', { name: 'License to upgrade' })).not.toContainText('SEN-');
    await quotes.addToCart();
    await expect(page.getByText('Choose the license to upgrade.')).toBeVisible();
    await quotes.choose('License to upgrade', /SEN-40000001/);
    await quotes.choose('Upgrade to', 'Starter');
    await expect(page.getByRole('alert').filter({ hasText: 'Upgrades go upward only: Professional cannot become Starter.' })).toBeVisible();
    await quotes.addToCart();
    await expect(page.getByText('The cart is empty', { exact: false })).toBeVisible();

    // Picking another license replaces the first: the list closes and one license is upgraded.
    await quotes.choose('Upgrade to', 'Enterprise');
    await quotes.choose('License to upgrade', /SEN-40000002/);
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'License to upgrade' })).toContainText('SEN-40000002');
    await expect(page.getByRole('combobox', { name: 'License to upgrade' })).not.toContainText('SEN-40000001');
    await expect(page.getByText('Licenses cannot be combined into a plan', { exact: false })).toBeHidden();
    expect(await storedQuotes(page)).toEqual([]);
  });

  test('DZD outside Algeria, and moving a DZD quote out of Algeria (R-CUR-1)', async ({ page }) => {
    const quotes = new QuotesPage(page);
    await quotes.startCheckout();
    await quotes.addContact('pay@acme.example', 'Billing');
    await quotes.addContact('it@acme.example', 'Technical');
    await quotes.continue();
    await quotes.fillOrganization('France');
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
    await quotes.startCheckout();
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
    await quotes.startCheckout();
    await quotes.addContact('pay@acme.example', 'Billing');
    await quotes.addContact('it@acme.example', 'Technical');
    await quotes.continue();
    await quotes.fillOrganization('France');
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
    await quotes.startCheckout();
    await quotes.addContact('pay@acme.example', 'Billing');
    await quotes.addContact('it@acme.example', 'Technical');
    await quotes.continue();
    await quotes.fillOrganization('France');
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
    await page.getByRole('combobox', { name: 'E-mail du contact' }).fill('compta@');
    await page.getByRole('button', { name: 'Ajouter le contact' }).click();
    await expect(page.getByText("« compta@ » n'est pas une adresse e-mail valide.")).toBeVisible();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Ajoutez au moins un contact de facturation.' })).toBeVisible();
  });
});
