import type { IsoDate } from '../../../shared/catalog';
import { domainError, err, ok, type Result } from '../../../shared/errors';
import { priceQuote, type PricedLine } from '../../../shared/pricing/price-quote';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { QuoteLine } from '../../../shared/pricing/quote-lines';
import type { Quote, QuoteEntry } from '../../../shared/quote';

/**
 * Prices one line the way the quote will (its currency, rate and country) before
 * it goes into the cart, so a line the domain refuses (past the 3-year cap, a
 * product or plan missing from the price book, a downgrade) never reaches the draft.
 */
export function checkLine(quote: Quote, line: QuoteLine, book: PriceBook, today: IsoDate): Result<PricedLine> {
  const priced = priceQuote([line], book, {
    currency: quote.currency,
    exchange: quote.exchange,
    country: quote.organization.country,
    academic: line.licenseType === 'academic',
    now: today,
  });
  if (!priced.ok) return priced;
  const first = priced.value.lines[0];
  return first ? ok(first) : err(domainError('quote.invalidLine', 'domain:quote.invalidLine', { line: 0, field: '' }));
}

/** A renewal or upgrade of a SEN already in the cart is refused: one change per license per quote. */
export function checkNotInCart(quote: Quote, sen: string): Result<string> {
  const taken = quote.lines.some((e) => 'sen' in e.line && e.line.sen === sen);
  return taken ? err(domainError('cart.senTwice', 'quotes:errors.senInCart', { sen })) : ok(sen);
}

/** The quote with one more line, checked first; the draft is unchanged when the line is refused. */
export function addEntry(quote: Quote, entry: QuoteEntry, book: PriceBook, today: IsoDate): Result<Quote> {
  if ('sen' in entry.line) {
    const free = checkNotInCart(quote, entry.line.sen);
    if (!free.ok) return free;
  }
  const checked = checkLine(quote, entry.line, book, today);
  if (!checked.ok) return checked;
  return ok({ ...quote, lines: [...quote.lines, entry] });
}
