import type { Deployment, IsoDate } from '../catalog';
import { addMonthsIso } from '../calendar';
import { domainError, err, ok, type Result } from '../errors';
import { BLOCK_MONTHS, newLicensePeriod, renewalPeriod, type MaintenancePeriod } from './maintenance';

/** A server product holds at most 3 years of active maintenance, counted from today (R-MAINT-5). */
export const MAX_ACTIVE_YEARS = 3;

/** The latest maintenance end allowed on `today` (R-MAINT-5). */
export function latestAllowedEnd(today: IsoDate): IsoDate {
  return addMonthsIso(today, BLOCK_MONTHS * MAX_ACTIVE_YEARS);
}

/** The largest number of 12-month blocks a renewal can add to `currentEnd` on `today` (0 when at the cap). */
export function maxRenewalYears(currentEnd: IsoDate, today: IsoDate): number {
  const latest = latestAllowedEnd(today);
  let years = 0;
  // A lapsed license renews from its old expiry (R-MAINT-4), so more than 3 blocks can fit.
  while (addMonthsIso(currentEnd, BLOCK_MONTHS * (years + 1)) <= latest) years++;
  return years;
}

function capExceeded(maxYears: number, today: IsoDate): ReturnType<typeof err> {
  return err(
    domainError('maintenance.capExceeded', 'domain:maintenance.capExceeded', {
      maxYears,
      latestEnd: latestAllowedEnd(today),
      capYears: MAX_ACTIVE_YEARS,
    }),
  );
}

function checkYears(years: number): Result<number> {
  return Number.isInteger(years) && years >= 1
    ? ok(years)
    : err(domainError('maintenance.invalidYears', 'domain:maintenance.invalidYears', { years }));
}

/** A renewal of `years` blocks on `today`, or the cap error with the largest renewal still allowed (R-MAINT-4, R-MAINT-5). */
export function checkRenewal(
  currentEnd: IsoDate,
  years: number,
  today: IsoDate,
  deployment: Deployment = 'server',
): Result<MaintenancePeriod> {
  const valid = checkYears(years);
  if (!valid.ok) return valid;
  if (deployment === 'cloud') return checkCloudTerm(years, renewalPeriod(currentEnd, years));
  const period = renewalPeriod(currentEnd, years);
  return period.end <= latestAllowedEnd(today) ? ok(period) : capExceeded(maxRenewalYears(currentEnd, today), today);
}

/** A new license paid on `paymentDate` with `years` of maintenance in total (12 months included). */
export function checkNewLicense(paymentDate: IsoDate, years: number, deployment: Deployment = 'server'): Result<MaintenancePeriod> {
  const valid = checkYears(years);
  if (!valid.ok) return valid;
  const period = newLicensePeriod(paymentDate, years);
  if (deployment === 'cloud') return checkCloudTerm(years, period);
  return period.end <= latestAllowedEnd(paymentDate) ? ok(period) : capExceeded(MAX_ACTIVE_YEARS, paymentDate);
}

/** Cloud is bought as 12-month subscriptions (R-MAINT-5). */
function checkCloudTerm(years: number, period: MaintenancePeriod): Result<MaintenancePeriod> {
  return years === 1 ? ok(period) : err(domainError('maintenance.cloudTerm', 'domain:maintenance.cloudTerm', { years }));
}
