import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, fromDayNumber } from '../calendar';
import { planCotermination, type CoterminationItem } from './cotermination';
import { monthsAndDays } from './span';

const today = '2026-11-25';
const item = (id: string, maintenanceEnd: string, extra: Partial<CoterminationItem> = {}): CoterminationItem => ({
  id,
  maintenanceEnd,
  deployment: 'server',
  ...extra,
});

describe('co-termination to the end the user chose (R-MAINT-7)', () => {
  it('the renewed license’s own end for its term: the others renew to it, it is never shortened', () => {
    // Renewing b (ends 2027-06-25) for 12 months: the common end is 2028-06-25, not a date before it.
    const result = planCotermination([item('b', '2027-06-25'), item('a', '2027-01-10')], '2028-06-25', today);
    expect(result).toEqual({
      ok: true,
      value: {
        commonEnd: '2028-06-25',
        renewals: [
          { id: 'b', from: '2027-06-25', to: '2028-06-25', months: 12, days: 0, totalDays: 366 },
          { id: 'a', from: '2027-01-10', to: '2028-06-25', months: 17, days: 15, totalDays: 532 },
        ],
        alreadyAligned: [],
        salesReview: true,
      },
    });
  });

  it('a license already ending on the common date is left out: no "0 months and 0 days" line', () => {
    const result = planCotermination([item('a', '2027-01-10'), item('b', '2028-01-10')], '2028-01-10', today);
    expect(result.ok && result.value.renewals.map((r) => r.id)).toEqual(['a']);
    expect(result.ok && result.value.alreadyAligned).toEqual(['b']);
    for (const r of result.ok ? result.value.renewals : []) expect(r.totalDays).toBeGreaterThan(0);
  });

  it('a picked date (a fiscal year end) that no license renews 12 months to is refused with the rule’s message', () => {
    const items = [item('a', '2027-01-10'), item('b', '2027-06-25')];
    expect(planCotermination(items, '2027-12-31', today)).toEqual({
      ok: false,
      error: {
        code: 'maintenance.cotermNoTwelveMonths',
        messageKey: 'domain:maintenance.cotermNoTwelveMonths',
        params: { earliestTarget: '2028-01-10' },
      },
    });
    const later = planCotermination(items, '2028-06-30', today);
    expect(later.ok && later.value.renewals.map((r) => [r.months, r.days])).toEqual([
      [17, 20],
      [12, 5],
    ]);
  });

  it('a date before a license’s current end would shorten it: refused', () => {
    expect(planCotermination([item('a', '2027-01-10'), item('b', '2028-03-01')], '2028-01-10', today)).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:maintenance.cotermBeforeEnd', params: { latestEnd: '2028-03-01' } },
    });
  });

  it('new licenses and upgrades keep their full 12 months: never renewed, never synced down; they count as the 12-month renewal', () => {
    const upgrade = item('up', addMonthsIso(today, 12), { fixed: true });
    const result = planCotermination([upgrade, item('a', '2027-03-01')], upgrade.maintenanceEnd, today);
    expect(result.ok && result.value.renewals).toEqual([
      { id: 'a', from: '2027-03-01', to: '2027-11-25', months: 8, days: 24, totalDays: 269 },
    ]);
    expect(planCotermination([upgrade, item('a', '2027-03-01')], '2027-06-01', today)).toMatchObject({
      ok: false,
      error: { code: 'maintenance.cotermBeforeEnd' },
    });
  });

  it('the common end stays within the 3-year cap (R-MAINT-5)', () => {
    expect(planCotermination([item('a', '2026-12-01'), item('b', '2027-12-01')], '2029-11-26', today)).toEqual({
      ok: false,
      error: {
        code: 'maintenance.cotermCap',
        messageKey: 'domain:maintenance.cotermCap',
        params: { latestEnd: '2029-11-25', capYears: 3 },
      },
    });
    expect(planCotermination([item('a', '2026-12-01'), item('b', '2027-12-01')], '2029-11-25', today).ok).toBe(true);
  });

  it('needs two server licenses', () => {
    expect(planCotermination([item('a', '2027-01-01')], '2028-01-01', today)).toMatchObject({
      ok: false,
      error: { code: 'maintenance.cotermTooFew', params: { count: 1 } },
    });
    expect(
      planCotermination([item('a', '2027-01-01'), item('c', '2027-02-01', { deployment: 'cloud' })], '2028-01-01', today),
    ).toMatchObject({ ok: false, error: { code: 'maintenance.cotermCloud', params: { id: 'c' } } });
  });

  it('every renewal runs from its own end to the common end, months then days, with one of at least 12 months', () => {
    const t = 20_500;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: t - 400, max: t + 700 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 0, max: 500 }),
        (ends, extra) => {
          const items = ends.map((d, i) => item(String(i), fromDayNumber(d)));
          const commonEnd = fromDayNumber(Math.max(...ends) + extra);
          const result = planCotermination(items, commonEnd, fromDayNumber(t));
          if (!result.ok) {
            expect(['maintenance.cotermCap', 'maintenance.cotermNoTwelveMonths']).toContain(result.error.code);
            return;
          }
          expect(result.value.renewals.some((r) => r.months >= 12)).toBe(true);
          expect(result.value.renewals.length + result.value.alreadyAligned.length).toBe(items.length);
          for (const r of result.value.renewals) {
            expect(r.to).toBe(commonEnd);
            expect(r.totalDays).toBeGreaterThan(0);
            expect(addMonthsIso(r.from, r.months) <= r.to).toBe(true);
            expect(addMonthsIso(r.from, r.months + 1) > r.to).toBe(true);
          }
        },
      ),
    );
  });
});

describe('months and days', () => {
  it('counts whole months first, then the days left', () => {
    expect(monthsAndDays('2027-01-31', '2027-03-01')).toEqual({ months: 1, days: 1, totalDays: 29 });
    // The largest number of months from the start that fits: Jan 31 + 2 months is Mar 31, after Mar 30.
    expect(monthsAndDays('2027-01-31', '2027-03-30')).toEqual({ months: 1, days: 30, totalDays: 58 });
    expect(monthsAndDays('2027-01-10', '2027-01-10')).toEqual({ months: 0, days: 0, totalDays: 0 });
  });
});
