import type { IsoDate } from '../../shared/catalog';
import { decimalString, toDecimal } from '../../shared/money/decimal';
import { exactRateText, type ExchangeSnapshot } from '../../shared/pricing/currency';
import { localeOf } from './locale';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale tag (the tag carries the digits chosen for Arabic, so a change of digits gets its own). */
function cached(map: Map<string, Intl.DateTimeFormat>, language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = localeOf(language);
  let format = map.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    map.set(locale, format);
  }
  return format;
}

/**
 * A calendar date ('YYYY-MM-DD', or the day of an ISO datetime) as the language writes it ("10 mars 2026",
 * "Mar 10, 2026"); the date never shifts with the time zone.
 */
export function formatDate(date: IsoDate | string, language: string): string {
  return cached(dateFormats, language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** An instant (ISO datetime) as a date and time in the user's time zone; a text that is not one is shown as it is. */
export function formatInstant(instant: string, language: string): string {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? instant : cached(instantFormats, language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/**
 * A decimal written out in full in the language ("155,736" in French): every
 * digit is kept, so the figure printed is the figure used (R-CUR-1).
 */
export function formatExactDecimal(text: string, language: string): string {
  const locale = localeOf(language);
  const [whole = '0', fraction] = text.split('.');
  const grouped = new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(whole));
  if (!fraction) return grouped;
  const point = locale === 'fr' ? ',' : '.';
  return `${grouped}${point}${fraction}`;
}

/**
 * The figures of an exchange note as the language writes them, every digit kept (R-CUR-1): the rate per euro, the
 * margin, the rate's date and the effective rate used. The quote and the budget forecast word the note their own way.
 */
export function exchangeFigures(exchange: ExchangeSnapshot, language: string) {
  return {
    perEur: formatExactDecimal(decimalString(toDecimal(exchange.perEur)), language),
    currency: exchange.currency,
    marginPercent: formatExactDecimal(decimalString(toDecimal(exchange.marginPercent)), language),
    date: formatDate(exchange.date, language),
    effective: formatExactDecimal(exactRateText(exchange), language),
  };
}
