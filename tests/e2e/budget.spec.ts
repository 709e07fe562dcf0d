import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { forecastBudget, type BudgetEntity, type Forecast, type ForecastOptions } from '../../shared/budget/forecast';
import { localeTag } from '../../shared/locale-tag';
import { formatMoney } from '../../shared/money/format';
import type { Money } from '../../shared/money/money';
import { readDownload } from './pages/backups';
import { expectNoSeriousViolationsInBothThemes } from './pages/axe';
import { BudgetPage, plainCells } from './pages/budget';
import { MaintenancePage } from './pages/maintenance';
import { book, pdfText, plain } from './pages/quote-figures';
import { entityRow, licenseRow, seedTables } from './pages/store';

/** "Today": the 20 % promotion of the bundled book runs to 2026-12-31, so this year's renewals get it and later ones do not (R-DISC-1). */
const NOW = new Date('2026-11-10T10:00:00');
const TODAY = '2026-11-10';

// Three entities: the library keeps the organization's January, the faculty starts its year in September, the
// Algerian campus in October (set on the Budget screen in the story, as a user would).
const library = entityRow('lib', 'Main Library');
const science = entityRow('sci', 'Faculty of Science');
const campus = entityRow('alg', 'Campus Alger', 'DZ');

const licenses = [
  // Due in the promotion (FY 2026), then a renewal in FY 2027: two server licenses the what-if can align.
  licenseRow({ id: 'lib-1', sen: 'SEN-00000101', entityId: 'lib', maintenanceEnd: '2026-12-01' }),
  licenseRow({ id: 'lib-2', sen: 'SEN-00000102', entityId: 'lib', maintenanceEnd: '2027-03-15' }),
  // The last day of the faculty's FY 2026–27, and the first day of its FY 2027–28.
  licenseRow({ id: 'sci-1', sen: 'SEN-00000201', entityId: 'sci', maintenanceEnd: '2027-08-31' }),
  licenseRow({ id: 'sci-2', sen: 'SEN-00000202', entityId: 'sci', maintenanceEnd: '2027-09-01' }),
  // An evaluation ending in ten days: bought at the new-license price if it is counted.
  licenseRow({
    id: 'sci-eval',
    sen: 'SEN-00000203',
    entityId: 'sci',
    type: 'evaluation',
    tier: 'Enterprise',
    maintenanceStart: '2026-11-10',
    maintenanceEnd: '2026-11-20',
    evaluationEnd: '2026-11-20',
  }),
  // The campus: a server license whose renewal has a PO raised (marked in the story), and a Cloud subscription
  // renewed at full price (R-DISC-1).
  licenseRow({ id: 'alg-1', sen: 'SEN-00000301', entityId: 'alg', maintenanceEnd: '2027-01-20' }),
  licenseRow({ id: 'alg-2', sen: 'SEN-00000302', entityId: 'alg', deployment: 'cloud', maintenanceEnd: '2027-06-30' }),
];

/** The entities as the Budget screen reads them back: sorted by name, with the months the story sets. */
const entities: BudgetEntity[] = [
  { id: 'alg', name: 'Campus Alger', country: 'DZ', fiscalStartMonth: 10 },
  { id: 'sci', name: 'Faculty of Science', country: 'FR', fiscalStartMonth: 9 },
  { id: 'lib', name: 'Main Library', country: 'FR' },
];

/** What the domain forecasts for these licenses on TODAY over three fiscal years: the figures the screen must show. */
function expected(choices: Partial<ForecastOptions> = {}): Forecast {
  const result = forecastBudget(entities, licenses, book, {
    today: TODAY,
    years: 3,
    currency: 'EUR',
    startMonth: 1,
    includeEvaluations: true,
    includeInProgress: true,
    inProgress: new Set(['alg-1']),
    align: new Set(),
    ...choices,
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const money = (m: Money) => plain(formatMoney(m, localeTag('en')));

/** The totals table as the screen should draw it for `forecast`. */
function summaryOf(forecast: Forecast): string[][] {
  return [
    ['Entity', 'This fiscal year', 'Next fiscal year', 'The year after', 'Total'],
    ...forecast.entities.map((e) => [e.entity.name, ...e.years.map((y) => money(y.total)), money(e.total)]),
    ['All entities', ...forecast.yearTotals.map(money), money(forecast.grandTotal)],
  ];
}

/** The forecast's payments as the CSV lists them: SEN, due date and price (a plain decimal), in order. */
function paymentsOf(forecast: Forecast): string[][] {
  return forecast.entities.flatMap((e) =>
    e.years.flatMap((y) => y.items.map((i) => [e.entity.name, i.sen, i.due, (i.net.amount / 100).toFixed(2)])),
  );
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

async function seeded(page: BudgetPage['page']): Promise<BudgetPage> {
  const budget = new BudgetPage(page);
  await budget.open();
  await expect(page.getByText('No licenses to budget for yet')).toBeVisible();
  await seedTables(page, { entities: [library, science, campus], licenses });
  await expect(budget.summary()).toBeVisible();
  return budget;
}

test.describe('An academic IT manager prepares next years’ budget requests (issue 20)', () => {
  test('the forecast of three entities with their own fiscal years, the what-if, the exports and a renewal quote from a year (R-BUD-1, R-BUD-2, R-BUD-3, R-BUD-4, R-MAINT-7)', async ({
    page,
  }, testInfo) => {
    test.slow();
    const budget = await seeded(page);

    // The campus's renewal already has its PO raised, marked where the reminders are.
    const maintenance = new MaintenancePage(page);
    await budget.app.goTo('Maintenance');
    await maintenance.action('SEN-00000301', 'Mark renewal in progress (PO raised)');
    await expect(maintenance.row('SEN-00000301')).toContainText('Renewal in progress (PO raised)');
    await budget.app.goTo('Budget');

    // The organization's year starts in January unless told otherwise; the faculty and the campus start theirs later.
    await expect(page.getByRole('combobox', { name: "Organization's fiscal year starts in" })).toHaveText('January');
    await budget.setEntityMonth('Faculty of Science', 'September');
    await budget.setEntityMonth('Campus Alger', 'October');
    await budget.choose('Fiscal years', '3 fiscal years');

    const all = expected();
    await expect.poll(async () => plainCells(await budget.summaryCells())).toEqual(summaryOf(all));
    // Each entity counts in its own fiscal years.
    await expect(budget.entity('Main Library').getByRole('heading', { level: 3 })).toHaveText([
      /This fiscal year · FY 2026 · Jan 1, 2026 to Dec 31, 2026/,
      /Next fiscal year · FY 2027 ·/,
      /The year after · FY 2028 ·/,
    ]);
    await expect(budget.entity('Faculty of Science').getByRole('heading', { level: 3 }).first()).toHaveText(
      /This fiscal year · FY 2026–27 · Sep 1, 2026 to Aug 31, 2027/,
    );
    await expect(budget.entity('Campus Alger').getByRole('heading', { level: 3 }).first()).toHaveText(
      /This fiscal year · FY 2026–27 · Oct 1, 2026 to Sep 30, 2027/,
    );
    // A renewal due on 31 August is the faculty's this year's; one due on 1 September, its next year's.
    const facultyYears = budget.entity('Faculty of Science').getByRole('table');
    await expect(facultyYears.nth(0).getByRole('row', { name: /SEN-00000201/ })).toContainText('Aug 31, 2027');
    await expect(facultyYears.nth(0)).not.toContainText('SEN-00000202');
    await expect(facultyYears.nth(1).getByRole('row', { name: /SEN-00000202/ })).toContainText('Sep 1, 2027');
    await expect(facultyYears.nth(0).getByRole('row', { name: /SEN-00000203/ })).toContainText('Evaluation bought');
    await expect(budget.entity('Campus Alger')).toContainText('in progress (PO raised)');
    await expect(budget.chart()).toBeVisible();

    // What-if: without evaluations and without renewals already in progress, the totals drop to the domain's figures.
    await budget.switch('Count evaluations (bought when they end)').click();
    await budget.switch('Count renewals already in progress (PO raised)').click();
    const leftOut = expected({ includeEvaluations: false, includeInProgress: false });
    expect(leftOut.grandTotal.amount).toBeLessThan(all.grandTotal.amount);
    await expect.poll(async () => plainCells(await budget.summaryCells())).toEqual(summaryOf(leftOut));
    await expect(budget.entity('Campus Alger')).not.toContainText('in progress (PO raised)');

    // Aligning the library's two servers to its fiscal year end renews them pro rata to one date (R-MAINT-7).
    await budget.alignSwitch('Main Library').click();
    const aligned = expected({ includeEvaluations: false, includeInProgress: false, align: new Set(['lib']) });
    const alignment = aligned.entities.find((e) => e.entity.id === 'lib')?.alignment;
    expect(alignment).toEqual({ ok: true, commonEnd: '2028-01-01' });
    await expect(budget.entity('Main Library').getByText(/^Aligned to Jan 1, 2028/)).toBeVisible();
    await expect(budget.entity('Main Library').getByText(/^Renewal to Jan 1, 2028/)).toHaveCount(2);
    expect(aligned.grandTotal).not.toEqual(leftOut.grandTotal);
    await expect.poll(async () => plainCells(await budget.summaryCells())).toEqual(summaryOf(aligned));

    // The CSV lists each payment of the forecast shown, with its price as a plain decimal.
    const csv = await budget.exportCsv();
    expect(csv.suggestedFilename()).toBe(`conex-budget-${TODAY}.csv`);
    const parsed = Papa.parse<Record<string, string>>((await readDownload(csv)).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((r) => [r['Entity'], r['SEN'], r['Due'], r['Price']])).toEqual(paymentsOf(aligned));
    expect(new Set(parsed.data.map((r) => r['Currency']))).toEqual(new Set(['EUR']));

    // The PDF, read back: a summary page, then a page per entity with its own fiscal year start.
    const file = testInfo.outputPath('budget.pdf');
    await (await budget.exportPdf()).saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('Budget forecast');
    expect(text).toContain('Renewals falling due, This fiscal year, Next fiscal year, The year after');
    expect(text).toContain(`All entities ${aligned.yearTotals.map(money).join(' ')} ${money(aligned.grandTotal)}`);
    for (const e of aligned.entities) {
      expect(text).toContain(`${e.entity.name} ${e.years.map((y) => money(y.total)).join(' ')} ${money(e.total)}`);
      expect(text).toContain(`Total for ${e.entity.name}: ${money(e.total)}`);
    }
    expect(text).toContain('Fiscal year starts in January.');
    expect(text).toContain('Fiscal year starts in September.');
    expect(text).toContain('Fiscal year starts in October.');
    expect(text).toContain('Aligned to Jan 1, 2028');
    expect(text).toMatch(/Page 1 of [4-9]/);
    expect(text).not.toContain('SEN-00000203');

    // From a year of the library, "Create renewal quote" opens the Renew tab on its license ending first,
    // the other ready to be synchronised with it.
    await budget.createQuote('Main Library', 'FY 2026');
    await expect(page.getByRole('heading', { name: 'Quote & Order Form' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Renew', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('combobox', { name: 'License to renew' })).toContainText('SEN-00000101');
    await expect(page.getByRole('checkbox', { name: /SEN-00000102/ })).toBeChecked();
  });

  test('dinars are refused while an entity is outside Algeria, naming it; euros bring the forecast back (R-CUR-1)', async ({ page }) => {
    const budget = await seeded(page);
    await budget.choose('Currency', 'DZD');
    await expect(budget.alert()).toHaveText(
      'DZD cannot be used for Faculty of Science: dinars (DZD) are for customers in Algeria only. Choose EUR or USD.',
    );
    // Nothing priced half-way: no totals, no chart, nothing to export.
    await expect(budget.summary()).toHaveCount(0);
    await expect(budget.chart()).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export PDF' })).toHaveCount(0);
    await budget.choose('Currency', 'EUR');
    await expect(budget.alert()).toHaveCount(0);
    await expect(budget.summary()).toBeVisible();
  });

  test('the Budget screen has no serious or critical accessibility violation, in the light and the dark theme', async ({ page }) => {
    test.slow();
    const budget = await seeded(page);
    await budget.alignSwitch('Main Library').click();
    await expect(budget.chart().locator('svg').first()).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page, 'Budget');
    // Left to right, the amounts are read on the left of the chart.
    expect(await budget.amountsAxisSide()).toBe('left');
  });
});

/** The Budget screen's Arabic texts, as the app reads them. */
const ar = JSON.parse(readFileSync(join(import.meta.dirname, '../../renderer/i18n/locales/ar/budget.json'), 'utf8')) as {
  year: Record<'0' | '1' | '2', string>;
};

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-DZ' });

  test('the chart reads from the right: its amounts on the right, this fiscal year the rightmost bar', async ({ page }) => {
    const budget = new BudgetPage(page);
    await budget.app.open('/#/budget');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await seedTables(page, { entities: [library, science, campus], licenses });
    // Three fiscal years: the first of the options' selects, its last choice.
    await page.getByRole('combobox').first().click();
    await page.getByRole('option').nth(2).click();
    await expect(budget.drawing().locator('.MuiChartsAxis-directionX .MuiChartsAxis-tickLabel')).toHaveCount(3);
    expect(await budget.amountsAxisSide()).toBe('right');
    expect(await budget.yearsLeftToRight()).toEqual([ar.year['2'], ar.year['1'], ar.year['0']]);
  });
});
