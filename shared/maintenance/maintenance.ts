import type { IsoDate } from '../catalog';
import { addMonthsIso } from '../calendar';

/**
 * A maintenance period. `end` is the expiry date: maintenance covers every day
 * before it, and a renewal starts on it, so periods follow each other without a
 * gap or an overlap.
 */
export interface MaintenancePeriod {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Maintenance is sold in 12-month blocks (R-MAINT-1). */
export const BLOCK_MONTHS = 12;

/** New license: 12 months included, plus extra blocks, from the payment confirmation date (R-MAINT-1, R-MAINT-2). */
export function newLicensePeriod(paymentDate: IsoDate, years = 1): MaintenancePeriod {
  return { start: paymentDate, end: addMonthsIso(paymentDate, BLOCK_MONTHS * years) };
}

/**
 * Renewal: starts at the previous expiry whatever the purchase date, also when
 * bought early or after a lapse (R-MAINT-4). The purchase date is deliberately not an input.
 */
export function renewalPeriod(previousEnd: IsoDate, years = 1): MaintenancePeriod {
  return { start: previousEnd, end: addMonthsIso(previousEnd, BLOCK_MONTHS * years) };
}

/** Upgrade: 12 months from payment, replacing the current period; the remainder is dropped (R-MAINT-3). */
export function upgradePeriod(paymentDate: IsoDate): MaintenancePeriod {
  return { start: paymentDate, end: addMonthsIso(paymentDate, BLOCK_MONTHS) };
}
