import { differenceInCalendarMonths, parseISO } from 'date-fns';
import type { Deployment, IsoDate } from '../catalog';
import { addMonthsIso, daysBetween } from '../calendar';
import { domainError, err, ok, type Result } from '../errors';
import { latestAllowedEnd, MAX_ACTIVE_YEARS } from './cap';
import { BLOCK_MONTHS } from './maintenance';

/** A license to synchronise: its current maintenance end (for a new license or upgrade, the end of its included 12 months). */
export interface CoterminationItem {
  readonly id: string;
  readonly maintenanceEnd: IsoDate;
  readonly deployment: Deployment;
}

/** How one license renews to the common end. */
export interface CoterminationRenewal {
  readonly id: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Whole months then remaining days, as sales prorates them. */
  readonly months: number;
  readonly days: number;
  readonly totalDays: number;
}

export interface CoterminationProposal {
  readonly commonEnd: IsoDate;
  readonly renewals: readonly CoterminationRenewal[];
  /** At least one license renews a full 12 months (R-MAINT-7); always true in a proposal. */
  readonly hasTwelveMonthRenewal: boolean;
  /** Co-termination always goes to sales for review, 1 to 3 business days (R-MAINT-7). */
  readonly salesReview: true;
}

const fail = (code: string, params?: Record<string, string | number>) =>
  err(domainError(`maintenance.${code}`, `domain:maintenance.${code}`, params));

function renewalTo(item: CoterminationItem, to: IsoDate): CoterminationRenewal {
  const from = item.maintenanceEnd;
  let months = Math.max(0, differenceInCalendarMonths(parseISO(to), parseISO(from)));
  if (addMonthsIso(from, months) > to) months--;
  const days = daysBetween(addMonthsIso(from, months), to);
  return { id: item.id, from, to, months, days, totalDays: daysBetween(from, to) };
}

/**
 * A common maintenance end for several server licenses (R-MAINT-7). Without a
 * target, the cheapest end where one license renews exactly 12 months: the
 * earliest end plus 12 months, or the latest end if that is later. Renewals start
 * at each license's current end (R-MAINT-4), so nothing is synced down, and new
 * licenses or upgrades keep their full 12 months. The 3-year cap still applies (R-MAINT-5).
 */
export function proposeCotermination(
  items: readonly CoterminationItem[],
  today: IsoDate,
  targetEnd?: IsoDate,
): Result<CoterminationProposal> {
  if (items.length < 2) return fail('cotermTooFew', { count: items.length });
  const cloud = items.find((i) => i.deployment === 'cloud');
  if (cloud) return fail('cotermCloud', { id: cloud.id });
  const ends = items.map((i) => i.maintenanceEnd).sort();
  const earliest = ends[0] as IsoDate;
  const latest = ends[ends.length - 1] as IsoDate;
  const twelveFromEarliest = addMonthsIso(earliest, BLOCK_MONTHS);
  const commonEnd = targetEnd ?? (twelveFromEarliest > latest ? twelveFromEarliest : latest);
  if (commonEnd < latest) return fail('cotermBeforeEnd', { latestEnd: latest });
  if (commonEnd < twelveFromEarliest) return fail('cotermNoTwelveMonths', { earliestTarget: twelveFromEarliest });
  if (commonEnd > latestAllowedEnd(today))
    return fail('capExceeded', { maxYears: MAX_ACTIVE_YEARS, latestEnd: latestAllowedEnd(today), capYears: MAX_ACTIVE_YEARS });
  const renewals = items.map((item) => renewalTo(item, commonEnd));
  return ok({ commonEnd, renewals, hasTwelveMonthRenewal: renewals.some((r) => r.months >= BLOCK_MONTHS), salesReview: true });
}
