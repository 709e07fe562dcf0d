import type { Deployment, IsoDate, Tier } from '../catalog';
import { TIERS } from '../catalog-lists';
import { addDays } from 'date-fns/addDays';
import { parseISO } from 'date-fns/parseISO';
import { daysBetween, toCalendarDate } from '../calendar';

/** Server and Cloud evaluations last 10 days (R-EVAL-1). */
export const EVALUATION_DAYS = 10;

/** Clock corrections (NTP, manual fixes) smaller than this are not tampering (R-EVAL-4). */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

export interface EvaluationTerms {
  /** The moment the evaluation ends: 10 days after its start, to the minute (R-EVAL-1). */
  readonly endsAt: Date;
  /** The date it ends on (the date of `endsAt`, on the user's calendar). */
  readonly evaluationEnd: IsoDate;
  /** Evaluation keys are for the highest user tier (R-EVAL-1). */
  readonly tier: Tier;
  /** Cloud evaluations have no data backups at all (R-EVAL-2); on Server the customer backs up their own data (R-ACC-4). */
  readonly backups: 'none' | 'customer';
}

/** The terms of an evaluation started on `start` (R-EVAL-1, R-EVAL-2). */
export function evaluationTerms(deployment: Deployment, start: Date | string): EvaluationTerms {
  const endsAt = evaluationEndsAt(typeof start === 'string' ? parseISO(start) : start);
  return {
    endsAt,
    evaluationEnd: toCalendarDate(endsAt),
    tier: TIERS[TIERS.length - 1] as Tier,
    backups: deployment === 'cloud' ? 'none' : 'customer',
  };
}

/**
 * When an evaluation started at `start` ends: 10 days later to the minute, at
 * the same time on the user's clock (started on the 3rd at 16:30, it runs until
 * the 13th at 16:30, across a change to or from summer time too) (R-EVAL-1).
 */
export function evaluationEndsAt(start: Date): Date {
  return addDays(start, EVALUATION_DAYS);
}

/** What the end of an evaluation is known from: its exact moment, or only the date it ends on (an older key). */
export interface EvaluationEndInput {
  readonly evaluationEndsAt?: string | undefined;
  readonly evaluationEnd?: IsoDate | undefined;
  readonly maintenanceEnd: IsoDate;
}

/**
 * The moment an evaluation ends. A key that carries only a date ends at the
 * start of that date (00:00 on the user's clock): the date is the first day it
 * no longer runs.
 */
export function evaluationEndInstant(license: EvaluationEndInput): Date {
  if (license.evaluationEndsAt) return parseISO(license.evaluationEndsAt);
  return parseISO(license.evaluationEnd ?? license.maintenanceEnd);
}

/** Whether only the date of the end is known (the key carries no time), so it ends at 00:00 on that date. */
export function endsAtStartOfDay(license: EvaluationEndInput): boolean {
  return !license.evaluationEndsAt;
}

export type EvaluationTimeLeft =
  | { readonly unit: 'days'; readonly days: number }
  /** On the last day: hours and minutes left. */
  | { readonly unit: 'hours'; readonly hours: number; readonly minutes: number }
  | { readonly unit: 'ended' };

/** The time an evaluation ending at `end` has left at `now`: days until its last day, then hours and minutes (R-EVAL-1). */
export function evaluationTimeLeft(end: Date, now: Date): EvaluationTimeLeft {
  const ms = end.getTime() - now.getTime();
  if (ms <= 0) return { unit: 'ended' };
  const days = daysBetween(toCalendarDate(now), toCalendarDate(end));
  if (days > 0) return { unit: 'days', days };
  const minutes = Math.ceil(ms / 60_000);
  return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Whether Conex backs up a Cloud site's data: paying subscribers only, never evaluations (R-EVAL-2). */
export function cloudBackupsIncluded(license: { deployment: Deployment; type: string }): boolean {
  return license.deployment === 'cloud' && license.type !== 'evaluation';
}

/**
 * The time an evaluation's days are counted at (R-EVAL-4): the later of the
 * clock and the latest time the app has seen, so a clock moved back never
 * gives days back.
 */
export function evaluationTime(now: Date, latestSeen: string | null | undefined): Date {
  const seen = latestSeen ? Date.parse(latestSeen) : Number.NaN;
  return Number.isNaN(seen) || seen <= now.getTime() ? now : new Date(seen);
}

export type ClockVerdict =
  | { readonly verdict: 'valid'; readonly daysLeft: number; readonly timeLeft: EvaluationTimeLeft; readonly latestSeen: string }
  | { readonly verdict: 'expired'; readonly latestSeen: string }
  | { readonly verdict: 'clock-tampered'; readonly latestSeen: string; readonly behindMs: number };

/**
 * The clock rule of R-EVAL-4. `latestSeen` is the latest time the app has ever
 * recorded; a clock more than a few minutes behind it went backwards, which is
 * a tamper signal, never a way to gain days. The returned `latestSeen` is what
 * to store next. `end` is the moment the evaluation ends, or the date it ends
 * on (at 00:00 that day).
 */
export function evaluationClock(end: IsoDate | Date, latestSeen: string | null, now: Date | string): ClockVerdict {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError(`Invalid time: ${String(now)}`);
  const seenMs = latestSeen === null ? Number.NEGATIVE_INFINITY : Date.parse(latestSeen);
  const latest = new Date(Math.max(nowMs, Number.isNaN(seenMs) ? nowMs : seenMs));
  const latestIso = latest.toISOString();
  if (seenMs - nowMs > CLOCK_TOLERANCE_MS) return { verdict: 'clock-tampered', latestSeen: latestIso, behindMs: seenMs - nowMs };
  const endAt = typeof end === 'string' ? parseISO(end) : end;
  const timeLeft = evaluationTimeLeft(endAt, latest);
  if (timeLeft.unit === 'ended') return { verdict: 'expired', latestSeen: latestIso };
  return { verdict: 'valid', daysLeft: timeLeft.unit === 'days' ? timeLeft.days : 0, timeLeft, latestSeen: latestIso };
}
