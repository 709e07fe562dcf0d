import type { IsoDate } from '../catalog';
import { domainError, err, ok, type Result } from '../errors';

/** An organization's fiscal year starts in January unless it says otherwise (R-BUD-1). */
export const DEFAULT_FISCAL_START_MONTH = 1;

/** A budget is forecast one to three fiscal years ahead (R-BUD-2): no further than maintenance can be held (R-MAINT-5). */
export const MAX_FORECAST_YEARS = 3;

/**
 * One fiscal year. `end` is the first day of the next one, as a maintenance end
 * is the first day not covered, so a renewal due on `end` falls in the next year.
 */
export interface FiscalYear {
  /** 0 for the fiscal year holding today, then 1 and 2. */
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The calendar year of its first day and of its last day ("2026–27" or "2026"). */
  readonly startYear: number;
  readonly endYear: number;
}

/** A fiscal year's first month from outside (a setting, a form): a whole month 1 to 12 (R-BUD-1). */
export function checkFiscalStartMonth(value: unknown): Result<number> {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12
    ? ok(value)
    : err(domainError('budget.startMonthInvalid', 'domain:budget.startMonthInvalid', { value: String(value) }));
}

/** How many fiscal years to forecast, from outside: 1 to 3 (R-BUD-2). */
export function checkForecastYears(value: unknown): Result<number> {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_FORECAST_YEARS
    ? ok(value)
    : err(domainError('budget.yearsInvalid', 'domain:budget.yearsInvalid', { value: String(value), max: MAX_FORECAST_YEARS }));
}

function firstOfMonth(year: number, month: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`;
}

/** The fiscal year starting in `startYear` on the first of `startMonth`. */
function yearFrom(startYear: number, startMonth: number, index: number): FiscalYear {
  const endYear = startMonth === 1 ? startYear : startYear + 1;
  return {
    index,
    start: firstOfMonth(startYear, startMonth),
    end: firstOfMonth(startYear + 1, startMonth),
    startYear,
    endYear,
  };
}

/**
 * The `count` fiscal years from the one holding `today` (R-BUD-2). The month
 * must already be checked (checkFiscalStartMonth).
 */
export function fiscalYears(today: IsoDate, startMonth: number, count: number): FiscalYear[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const first = month >= startMonth ? year : year - 1;
  return Array.from({ length: count }, (_, i) => yearFrom(first + i, startMonth, i));
}

/** The index of the fiscal year `date` falls in, or -1 outside them all. */
export function fiscalYearIndex(years: readonly FiscalYear[], date: IsoDate): number {
  for (const fy of years) if (fy.start <= date && date < fy.end) return fy.index;
  return -1;
}
