import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { priceQuote, type PricedQuote } from '../../../shared/pricing/price-quote';
import { parsePriceBook, type PriceBook } from '../../../shared/pricing/price-book';
import type { QuoteLineInput } from '../../../shared/pricing/quote-lines';

/** The bundled price book, read as the app reads it, so expected figures come from the domain, not from the tests. */
const parsed = parsePriceBook(JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/price-book.json'), 'utf8')));
if (!parsed.ok) throw new Error('bundled price book is invalid');
export const book: PriceBook = parsed.value;

/** "Today" in the quote stories, fixed with Playwright's clock so dates and the promotion do not drift. */
export const TODAY = '2026-03-10';

/** What the domain prices these lines at on TODAY. */
export function expected(lines: QuoteLineInput[], academic = false, country = 'FR'): PricedQuote {
  const result = priceQuote(lines, book, { country, academic, now: TODAY });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** Text with every kind of space made one plain space. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f\s]+/g, ' ');
}

/** A PDF's text as pdftotext reads it, spaces made plain. */
export function pdfText(file: string): string {
  return plain(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

/** A date as the app writes it in English. */
export function formatDateEn(date: string): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
