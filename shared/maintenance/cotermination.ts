import type { Deployment, IsoDate } from '../catalog';
import { addMonthsIso } from '../calendar';
import { domainError, err, ok, type Result } from '../errors';
import { latestAllowedEnd, MAX_ACTIVE_YEARS } from './cap';
import { BLOCK_MONTHS } from './maintenance';
import { monthsAndDays, type Span } from './span';

/** A license to synchronise, with its current maintenance end. */
export interface CoterminationItem {
  readonly id: string;
  readonly maintenanceEnd: IsoDate;
  readonly deployment: Deployment;
  /**
   * A new license or an upgrade in the same quote: it gets its full 12 months
   * whatever the common end, so it is never renewed to it and never synced down
   * (R-MAINT-7); `maintenanceEnd` is then the end of those 12 months.
   */
  readonly fixed?: boolean;
}

/** How one license renews to the common end: from its current end, whole months then days. */
export interface CoterminationRenewal extends Span {
  readonly id: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface CoterminationPlan {
  readonly commonEnd: IsoDate;
  /** The licenses that renew, each to the common end; none of them for 0 days. */
  readonly renewals: readonly CoterminationRenewal[];
  /** Licenses that already end on the common date: left out, nothing to renew. */
  readonly alreadyAligned: readonly string[];
  /** Co-termination always goes to sales for review, 1 to 3 business days (R-MAINT-7). */
  readonly salesReview: true;
}

const fail = (code: string, params?: Record<string, string | number>) =>
  err(domainError(`maintenance.${code}`, `domain:maintenance.${code}`, params));

function renewalTo(item: CoterminationItem, to: IsoDate): CoterminationRenewal {
  return { id: item.id, from: item.maintenanceEnd, to, ...monthsAndDays(item.maintenanceEnd, to) };
}

/**
 * Brings several server licenses to one maintenance end the user chose (R-MAINT-7):
 * the end of the license they renew for its term, a date they pick, or the end
 * of an upgrade's new 12 months (R-UPG-2). Each license renews from its current
 * end (R-MAINT-4) to the common end; one already ending there is left out; a
 * license ending after it would be synced down, which is refused, as is a new
 * license or an upgrade ending after it. At least one license must renew 12
 * months or more (a new license or an upgrade in the plan counts: it buys 12);
 * the 3-year cap still applies (R-MAINT-5).
 */
export function planCotermination(items: readonly CoterminationItem[], commonEnd: IsoDate, today: IsoDate): Result<CoterminationPlan> {
  if (items.length < 2) return fail('cotermTooFew', { count: items.length });
  const cloud = items.find((i) => i.deployment === 'cloud');
  if (cloud) return fail('cotermCloud', { id: cloud.id });
  const latest = items.map((i) => i.maintenanceEnd).reduce((a, b) => (a >= b ? a : b));
  if (commonEnd < latest) return fail('cotermBeforeEnd', { latestEnd: latest });
  const cap = latestAllowedEnd(today);
  if (commonEnd > cap) return fail('cotermCap', { latestEnd: cap, capYears: MAX_ACTIVE_YEARS });
  const renewing = items.filter((i) => i.fixed !== true && i.maintenanceEnd < commonEnd);
  const renewals = renewing.map((i) => renewalTo(i, commonEnd));
  const twelve = items.some((i) => i.fixed === true) || renewals.some((r) => r.months >= BLOCK_MONTHS);
  if (!twelve) {
    const earliest = items.map((i) => i.maintenanceEnd).reduce((a, b) => (a <= b ? a : b));
    return fail('cotermNoTwelveMonths', { earliestTarget: addMonthsIso(earliest, BLOCK_MONTHS) });
  }
  const alreadyAligned = items.filter((i) => i.fixed !== true && i.maintenanceEnd === commonEnd).map((i) => i.id);
  return ok({ commonEnd, renewals, alreadyAligned, salesReview: true });
}
