import { describe, expect, it } from 'vitest';
import { checkFiscalStartMonth, checkForecastYears, fiscalYearIndex, fiscalYears } from './fiscal-year';

describe('fiscal years (R-BUD-1, R-BUD-2)', () => {
  it('a September fiscal year holding today, then the next two (R-BUD-2)', () => {
    expect(fiscalYears('2027-02-10', 9, 3)).toEqual([
      { index: 0, start: '2026-09-01', end: '2027-09-01', startYear: 2026, endYear: 2027 },
      { index: 1, start: '2027-09-01', end: '2028-09-01', startYear: 2027, endYear: 2028 },
      { index: 2, start: '2028-09-01', end: '2029-09-01', startYear: 2028, endYear: 2029 },
    ]);
  });

  it('January is the calendar year', () => {
    expect(fiscalYears('2027-12-31', 1, 1)).toEqual([{ index: 0, start: '2027-01-01', end: '2028-01-01', startYear: 2027, endYear: 2027 }]);
  });

  it('a date on the first day of a fiscal year belongs to it, not to the year before (R-BUD-2)', () => {
    const fys = fiscalYears('2027-02-10', 10, 3);
    expect(fiscalYearIndex(fys, '2027-10-01')).toBe(1);
    expect(fiscalYearIndex(fys, '2027-09-30')).toBe(0);
    expect(fiscalYearIndex(fys, '2029-10-01')).toBe(-1);
  });

  it.each([0, 13, 1.5, '9', null, Number.NaN])('refuses %s as a first month (R-BUD-1)', (value) => {
    const r = checkFiscalStartMonth(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.messageKey).toBe('domain:budget.startMonthInvalid');
  });

  it.each([1, 12])('accepts month %s (R-BUD-1)', (value) => {
    expect(checkFiscalStartMonth(value)).toEqual({ ok: true, value });
  });

  it.each([0, 4, 2.5, '3'])('refuses %s fiscal years to forecast (R-BUD-2)', (value) => {
    const r = checkForecastYears(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ messageKey: 'domain:budget.yearsInvalid', params: { max: 3 } });
  });
});
