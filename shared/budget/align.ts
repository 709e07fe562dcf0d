import type { IsoDate } from '../catalog';
import { addMonthsIso } from '../calendar';
import { domainError, err, type Result } from '../errors';
import type { License } from '../license';
import { latestAllowedEnd, MAX_ACTIVE_YEARS } from '../maintenance/cap';
import { planCotermination, type CoterminationPlan } from '../maintenance/cotermination';
import { BLOCK_MONTHS } from '../maintenance/maintenance';

/**
 * What-if: an entity's server licenses renewed to one end that is a fiscal year's
 * end (R-MAINT-7, R-BUD-4). The end is the first fiscal-year boundary on or after
 * every license's current end that lets one license renew 12 months or more, and
 * within the 3-year cap (R-MAINT-5); planCotermination then checks it as the
 * Renew tab would. Cloud subscriptions and evaluations are never synchronised.
 */
export function alignToFiscalYear(licenses: readonly License[], startMonth: number, today: IsoDate): Result<CoterminationPlan> {
  const servers = licenses.filter((l) => l.deployment === 'server' && l.type !== 'evaluation');
  if (servers.length < 2) return planCotermination(servers.map(item), today, today);
  const ends = servers.map((l) => l.maintenanceEnd);
  const latest = ends.reduce((a, b) => (a >= b ? a : b));
  const earliest = ends.reduce((a, b) => (a <= b ? a : b));
  const needed = maxOf(latest, addMonthsIso(earliest, BLOCK_MONTHS));
  const cap = latestAllowedEnd(today);
  const boundary = firstBoundaryFrom(needed, startMonth);
  if (boundary > cap) {
    return err(domainError('maintenance.cotermCap', 'domain:maintenance.cotermCap', { latestEnd: cap, capYears: MAX_ACTIVE_YEARS }));
  }
  return planCotermination(servers.map(item), boundary, today);
}

function item(l: License) {
  return { id: l.id, maintenanceEnd: l.maintenanceEnd, deployment: l.deployment };
}

function maxOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The first day of a fiscal year on or after `date`. */
export function firstBoundaryFrom(date: IsoDate, startMonth: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const first = (y: number) => `${String(y).padStart(4, '0')}-${startMonth < 10 ? '0' : ''}${startMonth}-01`;
  if (month < startMonth || (month === startMonth && day === 1)) return first(year);
  return first(year + 1);
}
