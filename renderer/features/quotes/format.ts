import type { ProductId } from '../../../shared/catalog';
import type { Locale } from '../../../shared/money/format';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { QUOTE_LANGUAGES, type QuoteLanguage } from '../../../shared/quote';
import { localeOf } from '../../i18n/locale';

export { formatDate } from '../../i18n/format';

/** The UI or quote language as the money and date formatters take it (with the Arabic digits chosen in Settings). */
export function toLocale(language: string): Locale {
  return localeOf(language);
}

/** A new quote's language: the UI's when quotes can be written in it, English otherwise. */
export function quoteLanguageOf(language: string): QuoteLanguage {
  const base = language.split('-')[0];
  return QUOTE_LANGUAGES.find((l) => l === base) ?? 'en';
}

/** The product's name in the price book, or its id when the book no longer lists it. */
export function productName(book: PriceBook, product: ProductId): string {
  return book.products.find((p) => p.id === product)?.name ?? product;
}
