import type { IsoDate } from '../../shared/catalog';
import { localeOf } from '../i18n/locale';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function locale(language: string): string {
  return localeOf(language);
}

/** A calendar date in the UI language ("20 déc. 2026", "Dec 20, 2026"); it never shifts with the time zone. */
export function formatDay(date: IsoDate, language: string): string {
  const key = locale(language);
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** An instant in the UI language and the local time zone. */
export function formatInstant(iso: string, language: string): string {
  const key = locale(language);
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key, { dateStyle: 'medium', timeStyle: 'short' });
    timeFormats.set(key, format);
  }
  return format.format(new Date(iso));
}
