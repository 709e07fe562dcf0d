import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, fromDayNumber } from '../calendar';
import { proposeCotermination, type CoterminationItem } from './cotermination';

const today = '2026-11-25';
const item = (id: string, maintenanceEnd: string, deployment: 'server' | 'cloud' = 'server'): CoterminationItem => ({
  id,
  maintenanceEnd,
  deployment,
});

describe('co-termination (R-MAINT-7)', () => {
  it('proposes the earliest end plus 12 months when the others end before it', () => {
    const result = proposeCotermination([item('a', '2027-01-10'), item('b', '2027-06-25')], today);
    expect(result).toEqual({
      ok: true,
      value: {
        commonEnd: '2028-01-10',
        renewals: [
          { id: 'a', from: '2027-01-10', to: '2028-01-10', months: 12, days: 0, totalDays: 365 },
          { id: 'b', from: '2027-06-25', to: '2028-01-10', months: 6, days: 16, totalDays: 199 },
        ],
        hasTwelveMonthRenewal: true,
        salesReview: true,
      },
    });
  });

  it('uses the latest end when it is more than 12 months after the earliest', () => {
    const result = proposeCotermination([item('a', '2026-10-01'), item('b', '2028-03-15')], today);
    expect(result.ok && result.value.commonEnd).toBe('2028-03-15');
    expect(result.ok && result.value.renewals.map((r) => [r.months, r.days])).toEqual([
      [17, 14],
      [0, 0],
    ]);
  });

  it('new licenses and upgrades keep their full 12 months: nothing is synced down', () => {
    const newLicense = item('new', addMonthsIso(today, 12));
    const result = proposeCotermination([item('old', '2027-02-01'), newLicense], today);
    expect(result.ok && result.value.commonEnd >= newLicense.maintenanceEnd).toBe(true);
  });

  it('a chosen date before a current end, or without a 12-month renewal, is refused', () => {
    const items = [item('a', '2027-01-10'), item('b', '2027-06-25')];
    expect(proposeCotermination(items, today, '2027-05-01')).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:maintenance.cotermBeforeEnd', params: { latestEnd: '2027-06-25' } },
    });
    expect(proposeCotermination(items, today, '2027-12-01')).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:maintenance.cotermNoTwelveMonths', params: { earliestTarget: '2028-01-10' } },
    });
    const chosen = proposeCotermination(items, today, '2028-06-25');
    expect(chosen.ok && chosen.value.renewals.map((r) => r.months)).toEqual([17, 12]);
  });

  it('respects the 3-year cap (R-MAINT-5)', () => {
    const result = proposeCotermination([item('a', '2026-12-01'), item('b', '2029-12-01')], today);
    expect(result).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:maintenance.capExceeded', params: { latestEnd: '2029-11-25' } },
    });
  });

  it('needs two server licenses', () => {
    expect(proposeCotermination([item('a', '2027-01-01')], today)).toMatchObject({
      ok: false,
      error: { code: 'maintenance.cotermTooFew' },
    });
    expect(proposeCotermination([item('a', '2027-01-01'), item('c', '2027-02-01', 'cloud')], today)).toMatchObject({
      ok: false,
      error: { code: 'maintenance.cotermCloud', params: { id: 'c' } },
    });
  });

  it('a co-termination proposal always includes a renewal of at least 12 months', () => {
    const t = 20_500;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: t - 400, max: t + 700 }), { minLength: 2, maxLength: 8 }), (ends) => {
        const items = ends.map((d, i) => item(String(i), fromDayNumber(d)));
        const result = proposeCotermination(items, fromDayNumber(t));
        if (!result.ok) {
          expect(result.error.code).toBe('maintenance.capExceeded');
          return;
        }
        expect(result.value.hasTwelveMonthRenewal).toBe(true);
        expect(result.value.renewals.some((r) => r.months >= 12)).toBe(true);
        for (const r of result.value.renewals) {
          expect(r.to).toBe(result.value.commonEnd);
          expect(r.totalDays).toBeGreaterThanOrEqual(0);
          expect(addMonthsIso(r.from, r.months) <= r.to).toBe(true);
          expect(addMonthsIso(r.from, r.months + 1) > r.to).toBe(true);
        }
      }),
    );
  });
});

describe('co-termination edges (R-MAINT-5, R-MAINT-7)', () => {
  it('accepts a common end on the last day the cap allows', () => {
    expect(proposeCotermination([item('a', '2026-12-01'), item('b', '2029-11-25')], today)).toMatchObject({
      ok: true,
      value: { commonEnd: '2029-11-25' },
    });
  });

  it('too few licenses is a typed error', () => {
    expect(proposeCotermination([], today)).toEqual({
      ok: false,
      error: { code: 'maintenance.cotermTooFew', messageKey: 'domain:maintenance.cotermTooFew', params: { count: 0 } },
    });
  });
});
