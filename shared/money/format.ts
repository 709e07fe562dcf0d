import type { Currency } from '../catalog';
import { MINOR_DIGITS, type Money } from './money';

import { localeTag } from '../locale-tag';

/** The UI and quote languages. */
export const LOCALES = ['fr', 'en', 'ar'] as const;
/** A language ('fr', 'en', 'ar') or a full tag from `localeTag` (which carries the user's choice of digits). */
export type Locale = (typeof LOCALES)[number] | (string & {});

/**
 * French DZD amounts use the Algerian French locale so the symbol is "DA", the
 * one printed on Algerian invoices; plain 'fr' would print "DZD".
 */
function intlLocale(locale: Locale, currency: Currency): string {
  if (locale === 'fr') return currency === 'DZD' ? 'fr-DZ' : 'fr';
  return locale === 'ar' || locale === 'en' ? localeTag(locale) : locale;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** The cached Intl formatter for a locale and currency (building one is slow). */
export function moneyFormatter(locale: Locale, currency: Currency): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale(locale, currency), {
      style: 'currency',
      currency,
      minimumFractionDigits: MINOR_DIGITS[currency],
      maximumFractionDigits: MINOR_DIGITS[currency],
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Major units of an amount, as a number for display only (never for arithmetic). */
export function toMajor(value: Money): number {
  return value.amount / 10 ** MINOR_DIGITS[value.currency];
}

/** "1 234,56 €" in French, "€1,234.56" in English, with the locale's own spaces and symbols. */
export function formatMoney(value: Money, locale: Locale): string {
  return moneyFormatter(locale, value.currency).format(toMajor(value));
}

/** A percentage as the locale writes it: "20 %" in French, "20%" in English. */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'ar' ? localeTag(locale) : locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    percent / 100,
  );
}
