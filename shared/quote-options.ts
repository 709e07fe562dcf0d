import { domainError, err, ok, type DomainError, type Result } from './errors';
import type { PriceBook } from './pricing/price-book';
import type { PricedQuote } from './pricing/price-quote';
import { checkReadyToSubmit, MAX_QUOTE_OPTIONS, priceStoredQuote, type Quote, type QuoteEntry } from './quote';

/**
 * Quotes with options (issue 20): up to three alternatives, each priced in full
 * and checked by the rules on its own (R-MAINT-5, R-UPG-1); the customer chooses
 * one, and only that one becomes a plain quote that is submitted and ordered.
 */

/** One option with its lines, wherever they are kept. */
export interface OptionLines {
  readonly id: string;
  readonly lines: readonly QuoteEntry[];
}

/** Every option of the quote in order, the one open in the form with the quote's own lines; none for a plain quote. */
export function quoteOptions(quote: Pick<Quote, 'lines' | 'options'>): OptionLines[] {
  return (quote.options ?? []).map((o) => ({ id: o.id, lines: o.lines ?? quote.lines }));
}

/** The position of the option open in the form; 0 for a plain quote. */
export function currentOptionIndex(quote: Pick<Quote, 'options'>): number {
  return Math.max(
    0,
    (quote.options ?? []).findIndex((o) => o.lines === undefined),
  );
}

/** The quote as it would be with only this option's lines: what is priced, printed and sent for it. */
export function optionQuote(quote: Quote, lines: readonly QuoteEntry[]): Quote {
  const { options: _options, ...plain } = quote;
  return { ...plain, lines: [...lines] };
}

/** The same options with the one at `open` in the form (its lines become the quote's). */
function openAt(quote: Quote, all: readonly OptionLines[], open: number): Quote {
  const current = all[open];
  if (!current) return quote;
  return {
    ...quote,
    lines: [...current.lines],
    options: all.map((o, i) => (i === open ? { id: o.id } : { id: o.id, lines: [...o.lines] })),
  };
}

/**
 * Adds an option and opens it: empty, or a copy of the option open now ("duplicate
 * as option"). A plain quote's lines become option 1, named `ids[0]`; the new one
 * is named `ids[1]`. A fourth option is refused and nothing changes.
 */
export function addOption(quote: Quote, copy: boolean, ids: readonly [string, string]): Result<Quote> {
  const all = quote.options ? quoteOptions(quote) : [{ id: ids[0], lines: quote.lines }];
  if (all.length >= MAX_QUOTE_OPTIONS) return err(domainError('options.full', 'quotes:errors.optionsFull', { max: MAX_QUOTE_OPTIONS }));
  const open = quote.options ? currentOptionIndex(quote) : 0;
  const added = { id: ids[1], lines: copy ? (all[open]?.lines ?? []) : [] };
  return ok(openAt(quote, [...all, added], all.length));
}

/** Opens another option in the form; the one open before keeps its lines. */
export function switchOption(quote: Quote, index: number): Quote {
  if (!quote.options || index === currentOptionIndex(quote)) return quote;
  return openAt(quote, quoteOptions(quote), index);
}

/**
 * Removes an option. With one left the quote is plain again, its lines that
 * option's; removing the open option opens the one before it (or the first).
 */
export function removeOption(quote: Quote, index: number): Quote {
  if (!quote.options || index < 0 || index >= quote.options.length) return quote;
  const all = quoteOptions(quote);
  const rest = all.filter((_, i) => i !== index);
  if (rest.length === 1) return optionQuote(quote, rest[0]?.lines ?? []);
  const open = currentOptionIndex(quote);
  const stillOpen = open === index ? Math.max(0, index - 1) : open > index ? open - 1 : open;
  return openAt(quote, rest, stillOpen);
}

/** An option's problem, naming the option (1-based) and carrying its own message as the cause. */
function optionError(position: number, cause: DomainError): DomainError {
  return domainError(`option.${cause.code}`, 'quotes:errors.optionBroken', {
    ...cause.params,
    option: position + 1,
    causeKey: cause.messageKey,
  });
}

/** Each option priced on its own (R-MAINT-5, R-UPG-1 apply per option); a plain quote is its one option. */
export function priceOptions(quote: Quote, book: PriceBook, now: Date | string): Result<PricedQuote>[] {
  const all = quote.options ? quoteOptions(quote) : [{ id: quote.id, lines: quote.lines }];
  return all.map((o) => priceStoredQuote(optionQuote(quote, o.lines), book, now));
}

/** Every option must price and have lines; the first that does not is refused, named by its number. */
export function checkOptions(quote: Quote, book: PriceBook, now: Date | string): Result<PricedQuote[]> {
  const all = quoteOptions(quote);
  const priced: PricedQuote[] = [];
  for (const [i, option] of all.entries()) {
    if (option.lines.length === 0) return err(optionError(i, domainError('quote.empty', 'quotes:errors.cartEmpty')));
    const result = priceStoredQuote(optionQuote(quote, option.lines), book, now);
    if (!result.ok) return err(optionError(i, result.error));
    priced.push(result.value);
  }
  return ok(priced);
}

/**
 * "Submit Order" for a quote with options: every option checked, then the chosen
 * one becomes the plain quote that is queued and sent (nothing of the others
 * goes to the Conex API). Without a choice it is refused.
 */
export function readyWithChoice(quote: Quote, optionId: string | undefined, book: PriceBook, now: Date | string): Result<Quote> {
  if (!quote.options) {
    const ready = checkReadyToSubmit(quote, book, now);
    return ready.ok ? ok(quote) : ready;
  }
  const options = checkOptions(quote, book, now);
  if (!options.ok) return options;
  const chosen = quoteOptions(quote).find((o) => o.id === optionId);
  if (!chosen) return err(domainError('option.notChosen', 'quotes:errors.optionNotChosen'));
  const plain = optionQuote(quote, chosen.lines);
  const ready = checkReadyToSubmit(plain, book, now);
  return ready.ok ? ok({ ...plain, flaggedForReview: ready.value.review.required }) : ready;
}
