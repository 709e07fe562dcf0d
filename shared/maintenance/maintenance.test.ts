import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../calendar';
import { newLicensePeriod, renewalPeriod, upgradePeriod } from './maintenance';

const anyDate = fc.integer({ min: 18000, max: 25000 }).map(fromDayNumber);

describe('maintenance periods', () => {
  it('a new license includes 12 months from the payment confirmation date (R-MAINT-1, R-MAINT-2)', () => {
    expect(newLicensePeriod('2026-03-10')).toEqual({ start: '2026-03-10', end: '2027-03-10' });
    expect(newLicensePeriod('2026-03-10', 2)).toEqual({ start: '2026-03-10', end: '2028-03-10' });
  });

  it('renewal bought early starts at the previous expiry (R-MAINT-4)', () => {
    expect(renewalPeriod('2027-05-01')).toEqual({ start: '2027-05-01', end: '2028-05-01' });
  });

  it('renewal bought after a lapse still starts at the previous expiry (R-MAINT-4)', () => {
    expect(renewalPeriod('2024-02-29', 1)).toEqual({ start: '2024-02-29', end: '2025-02-28' });
    expect(renewalPeriod('2023-01-31', 3)).toEqual({ start: '2023-01-31', end: '2026-01-31' });
  });

  it('an upgrade gets 12 months from payment and drops the remainder (R-MAINT-3)', () => {
    expect(upgradePeriod('2026-11-25')).toEqual({ start: '2026-11-25', end: '2027-11-25' });
  });

  it('a renewal never starts before the previous expiry and always adds whole years (R-MAINT-4)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 5 }), (previousEnd, years) => {
        const period = renewalPeriod(previousEnd, years);
        expect(period.start).toBe(previousEnd);
        expect(period.end > period.start).toBe(true);
        expect(Number(period.end.slice(0, 4)) - Number(previousEnd.slice(0, 4))).toBe(years);
      }),
    );
  });
});
