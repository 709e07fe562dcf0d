// One module per function: the 'date-fns' index made the conex command line start every date-fns module (5–7 ms).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { parseISO } from 'date-fns/parseISO';
import type { IsoDate } from './catalog';

/**
 * Calendar dates are 'YYYY-MM-DD' strings. Arithmetic on months goes through
 * date-fns; day counts use a day number (days since 1970-01-01) because the
 * status of thousands of licenses is computed per frame.
 */
const MS_PER_DAY = 86_400_000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, parsed without allocating a Date. */
export function dayNumber(date: IsoDate): number {
  const y = num(date, 0, 4);
  const m = num(date, 5, 2);
  const d = num(date, 8, 2);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function num(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** The 'YYYY-MM-DD' date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The calendar date of `now`. A 'YYYY-MM-DD' string is taken as is; an instant
 * (Date or ISO datetime) gives its date in the local time zone, as the user sees it.
 * An invalid time is a programming error: a RangeError, as date-fns throws.
 * Printed by hand: date-fns' format brought its whole formatter and locale into
 * the command line's start-up for this one pattern.
 */
export function toCalendarDate(now: Date | string): IsoDate {
  if (typeof now === 'string' && DATE_RE.test(now)) return now;
  const instant = typeof now === 'string' ? parseISO(now) : now;
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid time value');
  return isoOf(instant);
}

/** `date` plus `months` calendar months (end of month clamps: Jan 31 + 1 month = Feb 28/29). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return isoOf(addMonths(localDate(date), months));
}

/** `date` plus `days` days. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return isoOf(addDays(localDate(date), days));
}

// Pricing a long quote adds months hundreds of times: parse and print by hand
// (local midnight, as parseISO does) rather than through parseISO and format.
function localDate(date: IsoDate): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(num(date, 0, 4), num(date, 5, 2) - 1, num(date, 8, 2)); // the Date constructor maps years 0-99 to 1900s
  return d;
}

function isoOf(d: Date): IsoDate {
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${String(d.getFullYear()).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
