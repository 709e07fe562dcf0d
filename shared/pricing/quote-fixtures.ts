import { bundledPriceBook } from './bundled';
import { priceQuote, type PricedQuote, type QuoteOptions } from './price-quote';
import type { QuoteLineInput } from './quote-lines';

/** Fixtures of the pricing tests (price-quote*.test.ts): the bundled book, dates in and after the promotion, a SEN. */
export const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled book invalid');
  return b.value;
})();
export const during = '2026-06-15';
export const after = '2027-01-15';
export const SEN = 'SEN-12345678';

/** A quote priced for France during the promotion; throws when pricing refuses it. */
export function quote(lines: QuoteLineInput[], options: Partial<QuoteOptions> = {}): PricedQuote {
  const result = priceQuote(lines, book, { country: 'FR', now: during, ...options });
  if (!result.ok) throw new Error(`unexpected error ${result.error.messageKey}`);
  return result.value;
}

/** The error pricing gives for these lines; throws when it prices them. */
export function failure(lines: unknown[], options: Partial<QuoteOptions> = {}) {
  const result = priceQuote(lines, book, { country: 'FR', now: during, ...options });
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

export const proNew: Extract<QuoteLineInput, { kind: 'new' }> = {
  kind: 'new',
  product: 'conex-books',
  tier: 'Professional',
  licenseType: 'commercial',
};
