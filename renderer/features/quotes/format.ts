import type { IsoDate, ProductId } from '../../../shared/catalog';
import type { Locale } from '../../../shared/money/format';
import type { PriceBook } from '../../../shared/pricing/price-book';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The UI or quote language as the money and date formatters take it. */
export function toLocale(language: string): Locale {
  return language.startsWith('fr') ? 'fr' : 'en';
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
