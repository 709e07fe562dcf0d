import type { IsoDate } from '../../../shared/catalog';
import { domainError, err, ok, type Result } from '../../../shared/errors';
import { priceQuote, type PricedLine } from '../../../shared/pricing/price-quote';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { QuoteLine } from '../../../shared/pricing/quote-lines';
import type { CoterminationRequest, Quote, QuoteEntry } from '../../../shared/quote';

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
  return addEntries(quote, [entry], book, today);
}

/**
 * The quote with several lines added together (a renewal and the licenses
 * synchronised with it), each checked first: all go in or none does. A quote
 * holds one co-termination request, so a second is refused (R-MAINT-7).
 */
export function addEntries(
  quote: Quote,
  entries: readonly QuoteEntry[],
  book: PriceBook,
  today: IsoDate,
  cotermination?: CoterminationRequest,
): Result<Quote> {
  if (cotermination && quote.cotermination) return err(domainError('cart.cotermOnce', 'quotes:errors.cotermOnce'));
  let lines = quote.lines;
  for (const entry of entries) {
    if ('sen' in entry.line) {
      const free = checkNotInCart({ ...quote, lines }, entry.line.sen);
      if (!free.ok) return free;
    }
    const checked = checkLine(quote, entry.line, book, today);
    if (!checked.ok) return checked;
    lines = [...lines, entry];
  }
  return ok({ ...quote, lines, ...(cotermination ? { cotermination } : {}) });
}

/**
 * The quote without a line. A line others are synchronised with takes them
 * along; the co-termination request keeps only the licenses still in the cart
 * and goes when none is left (R-MAINT-7, R-UPG-2).
 */
export function removeEntry(quote: Quote, id: string): Quote {
  const lines = quote.lines.filter((e) => e.id !== id && e.syncedWith !== id);
  const synced = new Set(lines.flatMap((e) => (e.syncedWith && e.licenseId ? [e.licenseId] : [])));
  const request = quote.cotermination;
  // A request from before synchronised lines were priced rides on a renewal: it goes with the last one.
  if (request && request.anchor === undefined) {
    return { ...quote, lines, cotermination: lines.some((e) => e.line.kind === 'renewal') ? request : null };
  }
  const kept = request ? request.licenses.filter((l) => synced.has(l.id)) : [];
  const stillSynced = kept.length > 0 || lines.some((e) => e.line.kind === 'renewal' && e.line.until !== undefined);
  return { ...quote, lines, cotermination: request && stillSynced ? { ...request, licenses: kept } : null };
}
