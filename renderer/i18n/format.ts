import type { IsoDate } from '../../shared/catalog';
import { localeOf } from './locale';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date as the language writes it ("10 mars 2026", "Mar 10, 2026"); the date never shifts with the time zone. */
export function formatDate(date: IsoDate, language: string): string {
  const locale = localeOf(language);
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
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
