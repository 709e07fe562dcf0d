import type { IsoDate, ProductId } from '../../../shared/catalog';
import type { Locale } from '../../../shared/money/format';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { QUOTE_LANGUAGES, type QuoteLanguage } from '../../../shared/quote';
import { localeOf } from '../../i18n/locale';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The UI or quote language as the money and date formatters take it (with the Arabic digits chosen in Settings). */
export function toLocale(language: string): Locale {
  return localeOf(language);
}

/** A new quote's language: the UI's when quotes can be written in it, English otherwise. */
export function quoteLanguageOf(language: string): QuoteLanguage {
  const base = language.split('-')[0];
  return QUOTE_LANGUAGES.find((l) => l === base) ?? 'en';
}

/** A calendar date as the language writes it ("10 mars 2026", "Mar 10, 2026"); the date never shifts with the time zone. */
export function formatDate(date: IsoDate, language: string): string {
  const locale = toLocale(language);
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The product's name in the price book, or its id when the book no longer lists it. */
export function productName(book: PriceBook, product: ProductId): string {
  return book.products.find((p) => p.id === product)?.name ?? product;
}
