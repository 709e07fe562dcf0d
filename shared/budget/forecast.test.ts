import { describe, expect, it } from 'vitest';
import { addMonthsIso } from '../calendar';
import { addYearsIso } from './renewals';
import { book, entity, license, options } from './fixtures';
import { forecastBudget, type Forecast } from './forecast';
import type { License } from '../license';
import type { BudgetEntity, ForecastOptions } from './forecast';

function run(entities: BudgetEntity[], licenses: License[], extra: Partial<ForecastOptions> = {}): Forecast {
  const r = forecastBudget(entities, licenses, book, options(extra));
  if (!r.ok) throw new Error(`unexpected ${r.error.messageKey}`);
  return r.value;
}

const items = (f: Forecast, e = 0) => f.entities[e]?.years.map((y) => y.items.map((i) => [i.due, i.kind, i.net.amount])) ?? [];

describe('renewal forecast (R-BUD-3)', () => {
  it('a renewal due the day a fiscal year starts falls in that year, not the one before (R-BUD-2, R-MAINT-4)', () => {
    const f = run([entity('a', 'FR', 9)], [license('a', '2027-09-01')], { years: 2 });
    expect(items(f)).toEqual([[], [['2027-09-01', 'renewal', 325000]]]);
    expect(f.entities[0]?.years[1]?.fiscalYear.start).toBe('2027-09-01');
  });

  it('a license ending on a leap day renews on 28 February the next year (R-MAINT-4)', () => {
    const f = run([entity('a')], [license('a', '2028-02-29')]);
    expect(items(f)).toEqual([[], [['2028-02-29', 'renewal', 325000]], [['2029-02-28', 'renewal', 325000]]]);
    expect(f.entities[0]?.years[2]?.items[0]?.period).toEqual({ start: '2029-02-28', end: '2030-02-28' });
  });

  it('a lapsed license renews from its old end, today, for the blocks that cover it again (R-MAINT-4, R-MAINT-5)', () => {
    const f = run([entity('a')], [license('a', '2025-06-01')], { years: 1 });
    const [lapsed, next] = f.entities[0]?.years[0]?.items ?? [];
    expect(lapsed).toMatchObject({ kind: 'lapsed', due: '2027-02-10', blocks: 2, period: { start: '2025-06-01', end: '2027-06-01' } });
    expect(lapsed?.net.amount).toBe(650000);
    expect(next).toMatchObject({ kind: 'renewal', due: '2027-06-01' });
  });

  it('the promotion counts on renewals due on its last day, not on those due after it has ended (R-DISC-1)', () => {
    const f = run([entity('a')], [license('a', '2026-12-31'), license('a', '2027-01-01')], { today: '2026-11-10', years: 1 });
    expect(items(f)).toEqual([[['2026-12-31', 'renewal', 260000]]]);
    const next = run([entity('a')], [license('a', '2027-01-01')], { today: '2026-11-10', years: 2 });
    expect(next.entities[0]?.years[1]?.items[0]?.steps).toEqual([]);
    expect(next.entities[0]?.years[1]?.items[0]?.net.amount).toBe(325000);
  });

  it('a Cloud renewal never gets the promotion, an academic one gets 5 % off (R-DISC-1, R-DISC-2)', () => {
    const f = run([entity('a')], [license('a', '2026-12-01', { deployment: 'cloud', type: 'academic' })], {
      today: '2026-11-10',
      years: 1,
    });
    const item = f.entities[0]?.years[0]?.items[0];
    expect(item?.steps.map((s) => s.kind)).toEqual(['academic']);
    expect(item?.net.amount).toBe(266000);
  });

  it('an academic server renewal gets 7 % off (R-DISC-2)', () => {
    const f = run([entity('a')], [license('a', '2027-05-01', { type: 'academic' })], { years: 1 });
    expect(items(f)).toEqual([[['2027-05-01', 'renewal', 302250]]]);
  });

  it('DZD for an Algerian campus, converted with the rate and margin before the discounts (R-CUR-1)', () => {
    const f = run([entity('dz', 'DZ')], [license('dz', '2027-05-01')], { currency: 'DZD', years: 1 });
    expect(f.exchange).toMatchObject({ currency: 'DZD', perEur: 151.2, marginPercent: 3, date: '2026-01-02' });
    expect(f.entities[0]?.years[0]?.items[0]?.net).toEqual({ amount: 50614200, currency: 'DZD' });
    expect(f.grandTotal).toEqual({ amount: 50614200, currency: 'DZD' });
  });

  it('refuses DZD when one entity is outside Algeria, naming it (R-CUR-1)', () => {
    const r = forecastBudget([entity('dz', 'DZ'), entity('fr', 'FR')], [], book, options({ currency: 'DZD' }));
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'budget.currencyNotAllowed',
        messageKey: 'domain:budget.currencyNotAllowed',
        params: { currency: 'DZD', entity: 'Entity fr' },
      },
    });
  });

  it.each([
    [{ years: 4 }, 'domain:budget.yearsInvalid'],
    [{ startMonth: 13 }, 'domain:budget.startMonthInvalid'],
    [{ currency: 'GBP' }, 'domain:currency.unknown'],
  ])('refuses %o (R-BUD-1, R-BUD-2, R-CUR-1)', (extra, key) => {
    const r = forecastBudget([entity('a')], [license('a', '2027-05-01')], book, options(extra));
    expect(r.ok ? null : r.error.messageKey).toBe(key);
  });

  it("refuses an entity's own first month that is not a month, naming the entity (R-BUD-1)", () => {
    const r = forecastBudget([entity('a', 'FR', 0)], [], book, options());
    expect(r.ok ? null : r.error).toMatchObject({ messageKey: 'domain:budget.startMonthInvalid', params: { entity: 'Entity a' } });
  });

  it('each entity counts in its own fiscal years; totals per entity, per year and overall', () => {
    const f = run([entity('jan'), entity('sep', 'FR', 9)], [license('jan', '2027-08-15'), license('sep', '2027-08-15')], { years: 2 });
    expect(items(f, 0)).toEqual([[['2027-08-15', 'renewal', 325000]], [['2028-08-15', 'renewal', 325000]]]);
    expect(items(f, 1)).toEqual([[['2027-08-15', 'renewal', 325000]], [['2028-08-15', 'renewal', 325000]]]);
    const sep = run([entity('sep', 'FR', 9)], [license('sep', '2027-09-15')], { years: 2 });
    expect(items(sep)).toEqual([[], [['2027-09-15', 'renewal', 325000]]]);
    expect(f.yearTotals.map((m) => m.amount)).toEqual([650000, 650000]);
    expect(f.entities[0]?.total.amount).toBe(650000);
    expect(f.grandTotal.amount).toBe(1300000);
  });

  it('evaluations are bought at the new-license price when they end, or left out (R-BUD-4)', () => {
    const evaluation = license('a', '2027-03-01', { type: 'evaluation', evaluationEnd: '2027-03-01' });
    const f = run([entity('a')], [evaluation], { years: 1 });
    expect(items(f)).toEqual([[['2027-03-01', 'purchase', 650000]]]);
    expect(items(run([entity('a')], [evaluation], { years: 1, includeEvaluations: false }))).toEqual([[]]);
  });

  it('a renewal in progress (PO raised) is left out on demand; the years after it stay (R-BUD-4)', () => {
    const l = license('a', '2027-05-01');
    const shown = run([entity('a')], [l], { years: 2, inProgress: new Set([l.id]) });
    expect(shown.entities[0]?.years[0]?.items[0]?.inProgress).toBe(true);
    const left = run([entity('a')], [l], { years: 2, inProgress: new Set([l.id]), includeInProgress: false });
    expect(items(left)).toEqual([[], [['2028-05-01', 'renewal', 325000]]]);
  });

  it('what-if: aligned to the fiscal year end, each license renews pro rata to it, then yearly (R-MAINT-7, R-BUD-4)', () => {
    const f = run([entity('a', 'FR', 9)], [license('a', '2027-03-15'), license('a', '2027-08-10')], { align: new Set(['a']) });
    expect(f.entities[0]?.alignment).toEqual({ ok: true, commonEnd: '2028-09-01' });
    expect(items(f)).toEqual([
      [
        ['2027-03-15', 'cotermination', 475554],
        ['2027-08-10', 'cotermination', 344589],
      ],
      [],
      [
        ['2028-09-01', 'renewal', 325000],
        ['2028-09-01', 'renewal', 325000],
      ],
    ]);
  });

  it('what-if refused for one license: the reason is kept and the forecast is unchanged (R-MAINT-7)', () => {
    const f = run([entity('a')], [license('a', '2027-05-01')], { years: 1, align: new Set(['a']) });
    expect(f.entities[0]?.alignment).toMatchObject({ ok: false, error: { messageKey: 'domain:maintenance.cotermTooFew' } });
    expect(items(f)).toEqual([[['2027-05-01', 'renewal', 325000]]]);
  });

  it('a license the price book cannot price is listed apart, the others are forecast', () => {
    const f = run(
      [entity('a')],
      [license('a', '2027-05-01', { product: 'conex-data-center', tier: 'Starter' }), license('a', '2027-06-01')],
      { years: 1 },
    );
    expect(f.entities[0]?.unpriced.map((u) => u.error.code)).toEqual(['tier.unknown']);
    expect(f.grandTotal.amount).toBe(325000);
  });
});

describe('adding years by hand', () => {
  it.each(['2028-02-29', '2027-02-28', '2026-12-31', '2099-02-28', '2096-02-29'])(
    '%s plus 1 to 4 years is what addMonthsIso gives (R-MAINT-4)',
    (date) => {
      for (let y = 1; y <= 4; y++) expect(addYearsIso(date, y)).toBe(addMonthsIso(date, 12 * y));
    },
  );
});
