import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, seriousViolationsInBothThemes } from './pages/axe';
import { pdfText, plain } from './pages/quote-figures';
import { QuotesPage } from './pages/quotes';
import { OtherComputer, SandboxApi, serveSandboxAppFromDisk, SyncPage } from './pages/sync';

test.describe('A quote with options (sandbox, issue 20)', () => {
  test('three options of 1, 2 and 3 years, printed side by side; the second is chosen and only its lines reach Conex', async ({
    page,
    context,
    request,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    await serveSandboxAppFromDisk(context, baseURL ?? '');
    const sandbox = new SandboxApi(request);
    const email = `options-${Date.now()}@example.com`;
    const token = await sandbox.account(email);
    const sync = new SyncPage(page);
    await sync.signIn(email, token);
    await expect(sync.phase()).toHaveText('Synced');

    const quotes = new QuotesPage(page);
    await quotes.app.goTo('Quotes');
    await quotes.newQuote();
    const optionTabs = page.getByRole('tablist', { name: 'Options' }).getByRole('tab');
    for (const years of [1, 2, 3]) {
      if (years > 1) {
        await page.getByRole('button', { name: 'Add an empty option' }).click();
        await expect(optionTabs).toHaveCount(years);
        await expect(optionTabs.nth(years - 1)).toHaveAttribute('aria-selected', 'true');
      }
      await quotes.field('Years of maintenance').fill(String(years));
      await quotes.addToCart();
      await expect(quotes.cartRows()).toHaveCount(2);
      if (years > 1) await expect(optionTabs.nth(years - 1)).toHaveText(new RegExp(`^Option ${years}: €`));
    }
    // A fourth option is refused, and the three stay as they were.
    await page.getByRole('button', { name: 'Duplicate as a new option' }).click();
    await expect(quotes.alert().filter({ hasText: 'A quote offers 3 options at most.' })).toBeVisible();
    await expect(optionTabs).toHaveCount(3);
    const totals = (await optionTabs.allTextContents()).map((text) => text.replace(/^Option \d: /, ''));
    expect(new Set(totals).size).toBe(3);

    // The form with its options has no serious accessibility violation, in either theme.
    expect(await seriousViolationsInBothThemes(page, 'quote form with options')).toEqual([]);

    await quotes.checkoutToReview(email, email, 'France');

    // The PDF prints the three options side by side under "choose one", each with its total.
    const file = testInfo.outputPath('options.pdf');
    await (await quotes.downloadPdf()).saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('Choose one of these 3 options');
    for (const [i, total] of totals.entries()) {
      expect(text).toContain(`Option ${i + 1}`);
      expect(text).toContain(plain(total));
    }

    // Submitting asks which option; without a choice it is refused.
    await page.getByRole('button', { name: 'Submit Order' }).click();
    const dialog = page.getByRole('dialog', { name: 'Which option does the customer order?' });
    await dialog.getByRole('button', { name: 'Submit this option' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Choose the option the customer orders.');
    await expectNoSeriousViolations(page, 'option choice');
    await dialog.getByRole('radio', { name: /^Option 2: / }).check();
    await dialog.getByRole('button', { name: 'Submit this option' }).click();

    const list = page.getByRole('table', { name: 'Quotes' });
    await expect(list.getByText('Submitted')).toBeVisible({ timeout: 20_000 });
    await expect(list.getByText(plain(totals[1] ?? '-'), { exact: false })).toBeVisible();

    // Conex received one plain quote: the second option's one line, 2 years of maintenance, and nothing of the others.
    const received = await new OtherComputer(request, token).quotes();
    expect(received).toHaveLength(1);
    expect(received[0]?.submission.lines.map((e) => e.line)).toEqual([expect.objectContaining({ kind: 'new', years: 2 })]);
    expect(JSON.stringify(received[0])).not.toContain('"options"');
  });
});
