import { TIERS, type Deployment, type IsoDate, type Tier } from '../catalog';
import { addDaysIso, daysBetween, toCalendarDate } from '../calendar';

/** Server and Cloud evaluations last 10 days (R-EVAL-1). */
export const EVALUATION_DAYS = 10;

/** Clock corrections (NTP, manual fixes) smaller than this are not tampering (R-EVAL-4). */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

export interface EvaluationTerms {
  /** The first day the evaluation no longer runs. */
  readonly evaluationEnd: IsoDate;
  /** Evaluation keys are for the highest user tier (R-EVAL-1). */
  readonly tier: Tier;
  /** Cloud evaluations have no data backups at all (R-EVAL-2); on Server the customer backs up their own data (R-ACC-4). */
  readonly backups: 'none' | 'customer';
}

/** The terms of an evaluation started on `start` (R-EVAL-1, R-EVAL-2). */
export function evaluationTerms(deployment: Deployment, start: Date | string): EvaluationTerms {
  return {
    evaluationEnd: addDaysIso(toCalendarDate(start), EVALUATION_DAYS),
    tier: TIERS[TIERS.length - 1] as Tier,
    backups: deployment === 'cloud' ? 'none' : 'customer',
  };
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
  | { readonly verdict: 'valid'; readonly daysLeft: number; readonly latestSeen: string }
  | { readonly verdict: 'expired'; readonly latestSeen: string }
  | { readonly verdict: 'clock-tampered'; readonly latestSeen: string; readonly behindMs: number };

/**
 * The clock rule of R-EVAL-4. `latestSeen` is the latest time the app has ever
 * recorded; a clock more than a few minutes behind it went backwards, which is
 * a tamper signal, never a way to gain days. The returned `latestSeen` is what
 * to store next.
 */
export function evaluationClock(evaluationEnd: IsoDate, latestSeen: string | null, now: Date | string): ClockVerdict {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError(`Invalid time: ${String(now)}`);
  const seenMs = latestSeen === null ? Number.NEGATIVE_INFINITY : Date.parse(latestSeen);
  const latest = new Date(Math.max(nowMs, Number.isNaN(seenMs) ? nowMs : seenMs)).toISOString();
  if (seenMs - nowMs > CLOCK_TOLERANCE_MS) return { verdict: 'clock-tampered', latestSeen: latest, behindMs: seenMs - nowMs };
  const daysLeft = daysBetween(toCalendarDate(new Date(latest)), evaluationEnd);
  return daysLeft > 0 ? { verdict: 'valid', daysLeft, latestSeen: latest } : { verdict: 'expired', latestSeen: latest };
}
