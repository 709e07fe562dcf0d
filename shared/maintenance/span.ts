import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { parseISO } from 'date-fns/parseISO';
import type { IsoDate } from '../catalog';
import { addMonthsIso, daysBetween } from '../calendar';

/** A stretch of maintenance as sales prorate it: whole months, then the days left over. */
export interface Span {
  readonly months: number;
  readonly days: number;
  readonly totalDays: number;
}

/** Whole months from `from` that fit before `to`, then the remaining days (0 and 0 when `to` is not after `from`). */
export function monthsAndDays(from: IsoDate, to: IsoDate): Span {
  if (to <= from) return { months: 0, days: 0, totalDays: 0 };
  let months = Math.max(0, differenceInCalendarMonths(parseISO(to), parseISO(from)));
  if (addMonthsIso(from, months) > to) months--;
  return { months, days: daysBetween(addMonthsIso(from, months), to), totalDays: daysBetween(from, to) };
}
