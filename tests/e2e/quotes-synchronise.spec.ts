import { expect, test } from '@playwright/test';
import { formatMoney } from '../../shared/money/format';
import { expected, pdfText, plain, TODAY } from './pages/quote-figures';
import { license, QuotesPage, seedStore, storedQuotes } from './pages/quotes';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
});

const common = { product: 'conex-books', tier: 'Express', licenseType: 'academic' } as const;

test.describe('A library aligns its licenses’ maintenance on one date', () => {
  test('the administrator renews one license and brings the others to the fiscal year end they pick: each priced in the cart, the review and the PDF, flagged for sales (R-MAINT-7)', async ({
    page,
  }, testInfo) => {
    const quotes = new QuotesPage(page);
    await quotes.open();
    await seedStore(page, {
      licenses: [
        license({ id: 'a', sen: 'SEN-30000001', maintenanceEnd: '2026-06-25' }),
        license({ id: 'b', sen: 'SEN-30000002', maintenanceEnd: '2026-04-10' }),
        license({ id: 'c', sen: 'SEN-30000003', maintenanceEnd: '2027-06-30' }),
      ],
    });
    await quotes.newQuote();
    await quotes.tab('Renew').click();
    await quotes.choose('License to renew', /SEN-30000001/);
    await quotes.field('Email of a current contact of this license').fill('it@univ-exemple.fr');
    await page.getByRole('checkbox', { name: /Synchronize the maintenance dates/ }).check();
    const others = page.getByRole('group', { name: 'Licenses to synchronize' });
    await others.getByRole('checkbox', { name: /SEN-30000002/ }).check();
    // By default the others align on the renewed license's own new end: its 12 months are never cut.
    await expect(page.getByText('Proposed common end date: Jun 25, 2027')).toBeVisible();
    await others.getByRole('checkbox', { name: /SEN-30000003/ }).check();
    await expect(page.getByRole('region', { name: 'Renew' }).getByRole('alert')).toHaveText(
      'The common date cannot be before Jun 30, 2027: maintenance is never shortened.',
    );
    await others.getByRole('checkbox', { name: /SEN-30000003/ }).uncheck();

    await page.getByRole('radio', { name: 'A date I choose (a fiscal year end, for example)' }).check();
    await page.getByLabel('Common end date').fill('2026-12-31');
    await expect(page.getByRole('region', { name: 'Renew' }).getByRole('alert')).toHaveText(
      'At least one license must renew 12 months: choose a date on or after Apr 10, 2027.',
    );
    await others.getByRole('checkbox', { name: /SEN-30000003/ }).check();
    await page.getByLabel('Common end date').fill('2027-06-30');
    const rows = page.getByRole('list', { name: 'Renewals to the common end date' }).getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('SEN-30000001: Jun 25, 2026 to Jun 30, 2027 (12 months and 5 days)');
    await expect(rows.nth(1)).toContainText('SEN-30000002: Apr 10, 2026 to Jun 30, 2027 (14 months and 20 days)');
    await expect(page.getByText('Already ending on that date, so left out: SEN-30000003.')).toBeVisible();
    await quotes.addToCart();

    const want = expected(
      [
        { ...common, kind: 'renewal', sen: 'SEN-30000001', currentEnd: '2026-06-25', until: '2027-06-30' },
        { ...common, kind: 'renewal', sen: 'SEN-30000002', currentEnd: '2026-04-10', until: '2027-06-30' },
      ],
      true,
    );
    await expect(quotes.cartRows()).toHaveCount(3);
    await expect(quotes.cartRows().nth(1)).toContainText('Jun 25, 2026 to Jun 30, 2027 (12 months and 5 days)');
    await expect(quotes.cartRows().nth(1)).toContainText(formatMoney(want.lines[0]!.net, 'en'));
    await expect(quotes.cartRows().nth(2)).toContainText('Apr 10, 2026 to Jun 30, 2027 (14 months and 20 days)');
    await expect(quotes.cartRows().nth(2)).toContainText('Synchronised with SEN-30000001');
    await expect(quotes.cartRows().nth(2)).toContainText(`${formatMoney(want.lines[1]!.net, 'en')}estimate`);
    await expect(page.getByText(`Total: ${formatMoney(want.totals.net, 'en')}`)).toBeVisible();

    await quotes.checkoutToReview('accounts@univ-exemple.fr', 'it@univ-exemple.fr', 'France');
    await expect(page.getByText('Flagged for sales review, 1 to 3 business days.')).toBeVisible();
    await expect(
      page.getByText('Maintenance dates synchronised to Jun 30, 2027 (a date chosen by the customer) for SEN-30000002.'),
    ).toBeVisible();
    await expect(page.getByTestId('quote-total')).toHaveText(formatMoney(want.totals.net, 'en'));

    const download = await quotes.downloadPdf();
    const file = testInfo.outputPath('quote.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('Jun 25, 2026 – Jun 30, 2027 (12 months and 5 days)');
    expect(text).toContain('Apr 10, 2026 – Jun 30, 2027 (14 months and 20 days)');
    expect(text).toContain('Estimate: sales confirm this price.');
    expect(text).toContain(plain(formatMoney(want.lines[1]!.net, 'en')));
    expect(text).toContain(plain(formatMoney(want.totals.net, 'en')));
    expect(text).toContain('Flagged for sales review, 1 to 3 business days.');
    await expect
      .poll(async () => (await storedQuotes(page))[0])
      .toMatchObject({ flaggedForReview: true, cotermination: { commonEnd: '2027-06-30', anchor: 'date' } });
  });

  test('en français : une mise à niveau dont les autres licences de l’entité se synchronisent avec elle (R-UPG-2, R-UPG-1)', async ({
    page,
  }) => {
    const quotes = new QuotesPage(page);
    await quotes.app.open('/#/settings');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await seedStore(page, {
      licenses: [
        license({ id: 's', sen: 'SEN-40000001', tier: 'Starter', type: 'commercial', maintenanceEnd: '2027-01-10' }),
        license({ id: 't', sen: 'SEN-40000002', maintenanceEnd: '2026-08-01' }),
      ],
    });
    await quotes.app.goTo('Devis');
    await page.getByRole('button', { name: 'Nouveau devis' }).first().click();
    await page.getByRole('tab', { name: 'Mise à niveau', exact: true }).click();
    const select = page.getByRole('combobox', { name: 'Licence à mettre à niveau' });
    await expect(select).not.toContainText('SEN-');
    await select.click();
    await page.getByRole('option', { name: /SEN-40000001/ }).click();
    await expect(page.getByRole('listbox')).toBeHidden();
    // Bought in January 2025: past the 30 days, standard upgrade pricing, no notice.
    await expect(page.getByText("Achat de moins de 30 jours : cette mise à niveau passe par l'équipe commerciale.")).toBeHidden();
    await page.getByRole('textbox', { name: "E-mail d'un contact actuel de cette licence" }).fill('dsi@univ-exemple.fr');
    await page.getByRole('radio', { name: /Les synchroniser avec cette mise à niveau/ }).check();
    await expect(page.getByRole('list', { name: "Renouvellements jusqu'à la fin de maintenance de la mise à niveau" })).toContainText(
      'SEN-40000002 : du 1 août 2026 au 10 mars 2027 (7 mois et 9 jours)',
    );
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    const rows = page.getByRole('table', { name: 'Panier' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText("12 mois à partir du paiement (si payé aujourd'hui : du 10 mars 2026 au 10 mars 2027)");
    await expect(rows.nth(2)).toContainText('Synchronisée avec SEN-40000001');
    await expect(rows.nth(2)).toContainText('estimation');
    const [stored] = await storedQuotes(page);
    expect(stored).toMatchObject({
      cotermination: { commonEnd: '2027-03-10', anchor: 'upgrade' },
      lines: [{ othersRenew: 'with-upgrade' }, {}],
    });
  });
});
