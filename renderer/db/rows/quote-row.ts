import { domainError, err, ok, type Result } from '../../../shared/errors';
import { quoteSchema, type Quote } from '../../../shared/quote';
import type { SameFields } from './same-shape';

/**
 * A quote as the `quotes` table holds it since schema v4. Deliberately the
 * domain's own shape: a quote is a document the app saves on every keystroke
 * and reads back whole, and every read parses it with `quoteSchema`, a row that
 * no longer parses being set aside (v9) rather than dropped. A change to
 * `Quote` that old rows cannot meet therefore shows at once in the guard test
 * (migrations/past-rows.test.ts) and needs a migration then.
 */
export type QuoteRowV4 = Omit<Quote, 'options'>;

/**
 * The row the quotes table holds now: a v4 row that may also hold `options`
 * (issue 20). The field is optional and its absence means "no options", so a v4
 * row is already a valid row and reads back unchanged: no index or stored value
 * changes, hence no schema version (past-rows.test.ts proves it).
 */
export type QuoteRow = QuoteRowV4 & Pick<Quote, 'options'>;

// A field added to Quote that this row does not name fails the build here.
const sameFields: SameFields<QuoteRow, Quote> = true;
void sameFields;

/** The schema version whose migration last changed what a quote row holds. */
export const QUOTE_ROW_VERSION = 4;

/** The row a quote is stored as. */
export function toQuoteRow(quote: Quote): QuoteRow {
  return quote;
}

/** A stored row read as a quote, checked with the domain's schema. */
export function fromQuoteRow(row: unknown): Result<Quote> {
  const parsed = quoteSchema.safeParse(row);
  return parsed.success
    ? ok(parsed.data)
    : err(domainError('quote.invalid', 'common:errors.storageFailed', { detail: parsed.error.message }));
}
