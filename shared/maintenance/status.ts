import type { IsoDate } from '../catalog';
import { parseISO } from 'date-fns/parseISO';
import { dayNumber, toCalendarDate } from '../calendar';
import { evaluationEndInstant, evaluationTimeLeft } from '../licensing/evaluations';
import type { License } from '../license';

/**
 * Where a license stands on a date (R-MAINT-6, R-EVAL-1). Server licenses are
 * perpetual, so an ended maintenance leaves a working license without support or
 * updates ('expired-perpetual'). A Cloud subscription that ends stops the
 * service, so it is 'subscription-lapsed', never perpetual.
 */
export type LicenseStatus =
  | { readonly kind: 'active'; readonly daysLeft: number }
  | { readonly kind: 'expiring'; readonly daysLeft: number; readonly threshold: number }
  | { readonly kind: 'expired-perpetual'; readonly daysSince: number }
  | { readonly kind: 'subscription-lapsed'; readonly daysSince: number }
  /** `lastDay`: on the day it ends, the hours and minutes left (R-EVAL-1). */
  | { readonly kind: 'evaluation'; readonly daysLeft: number; readonly lastDay?: { readonly hours: number; readonly minutes: number } }
  | { readonly kind: 'evaluation-expired'; readonly daysSince: number };
export type LicenseStatusKind = LicenseStatus['kind'];

/** Reminder thresholds in days before the maintenance end. */
export const DEFAULT_THRESHOLDS: readonly number[] = [90, 60, 30, 7];

export interface StatusOptions {
  readonly thresholds?: readonly number[];
}

type StatusInput = Pick<License, 'type' | 'deployment' | 'maintenanceEnd' | 'evaluationEnd' | 'evaluationEndsAt'>;

/** The status of one license on `now` (a date, datetime or Date). */
export function licenseStatus(license: StatusInput, now: Date | string, options: StatusOptions = {}): LicenseStatus {
  return statusOnDay(license, dayNumber(toCalendarDate(now)), instant(now), sortThresholds(options.thresholds));
}

/** Statuses of many licenses on one date: `now` and the thresholds are prepared once. */
export function licenseStatuses(licenses: readonly StatusInput[], now: Date | string, options: StatusOptions = {}): LicenseStatus[] {
  const statusOf = licenseStatusOn(now, options);
  const out = new Array<LicenseStatus>(licenses.length);
  for (let i = 0; i < licenses.length; i++) out[i] = statusOf(licenses[i] as StatusInput);
  return out;
}

/** The status of one license after another on one date, for a caller that reads them one at a time: `now` and the thresholds are prepared once. */
export function licenseStatusOn(now: Date | string, options: StatusOptions = {}): (license: StatusInput) => LicenseStatus {
  const today = dayNumber(toCalendarDate(now));
  const at = instant(now);
  const thresholds = sortThresholds(options.thresholds);
  return (license) => statusOnDay(license, today, at, thresholds);
}

function sortThresholds(thresholds: readonly number[] = DEFAULT_THRESHOLDS): number[] {
  return [...thresholds].sort((a, b) => a - b);
}

/** `now` as a moment: a bare date is its first minute on the user's clock. */
function instant(now: Date | string): Date {
  return typeof now === 'string' ? parseISO(now) : now;
}

function statusOnDay(license: StatusInput, today: number, now: Date, ascending: readonly number[]): LicenseStatus {
  if (license.type === 'evaluation') {
    // An evaluation ends at its moment, to the minute (R-EVAL-1); a key with only a date, at 00:00 that day.
    const endAt = evaluationEndInstant(license);
    const end = dayNumber(toCalendarDate(endAt));
    const left = evaluationTimeLeft(endAt, now);
    if (left.unit === 'ended') return { kind: 'evaluation-expired', daysSince: Math.max(0, today - end) };
    if (left.unit === 'hours') return { kind: 'evaluation', daysLeft: 0, lastDay: { hours: left.hours, minutes: left.minutes } };
    return { kind: 'evaluation', daysLeft: left.days };
  }
  const end = dayNumber(license.maintenanceEnd);
  if (end <= today) {
    return license.deployment === 'cloud'
      ? { kind: 'subscription-lapsed', daysSince: today - end }
      : { kind: 'expired-perpetual', daysSince: today - end };
  }
  const left = end - today;
  for (const threshold of ascending) {
    if (left <= threshold) return { kind: 'expiring', daysLeft: left, threshold };
  }
  return { kind: 'active', daysLeft: left };
}

/** Whether maintenance (support and updates) is active on `today`. */
export function maintenanceActive(license: Pick<License, 'type' | 'maintenanceEnd'>, today: IsoDate): boolean {
  return license.type !== 'evaluation' && today < license.maintenanceEnd;
}
