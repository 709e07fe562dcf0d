import { licenseSchema, type License } from '../../../shared/license';
import { domainError, err, ok, type Result } from '../../../shared/errors';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { exchangeSnapshot } from '../../../shared/pricing/currency';
import { parsePriceBook, type PriceBook } from '../../../shared/pricing/price-book';
import { checkPoNumber, newDraft, quoteSchema, type Quote, type QuoteEntry } from '../../../shared/quote';
import { readyWithChoice } from '../../../shared/quote-options';
import type { ConexDb } from '../database';
import { storageOutcome } from '../storage-errors';

/** The `meta` row where a newer price book from the Conex API is kept (R-PRICE-1). */
export const PRICE_BOOK_META_KEY = 'priceBook';

const missing = () => err(domainError('quote.missing', 'quotes:errors.missing'));

/** The price book to quote from: the one the Conex API sent last, if valid, else the bundled sample. */
export async function loadPriceBook(database: ConexDb): Promise<PriceBook> {
  const row = await database.meta.get(PRICE_BOOK_META_KEY);
  const stored = row ? parsePriceBook(row.value) : undefined;
  if (stored?.ok) return stored.value;
  const bundled = bundledPriceBook();
  if (!bundled.ok) throw new Error('The bundled price book is invalid');
  return bundled.value;
}

/** Every stored quote and order, latest change first; a record that no longer validates is left out. */
export async function listQuotes(database: ConexDb): Promise<Quote[]> {
  const rows = await database.quotes.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = quoteSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** One quote, validated. */
export async function getQuote(database: ConexDb, id: string): Promise<Result<Quote>> {
  return storageOutcome(async () => {
    const row = await database.quotes.get(id);
    if (!row) return missing();
    const parsed = quoteSchema.safeParse(row);
    return parsed.success ? ok(parsed.data) : err(domainError('quote.invalid', 'quotes:errors.invalidRecord', { path: id }));
  });
}

/**
 * Saves a draft as it is typed: one Dexie put, no read first, so it is cheap
 * enough for every keystroke. Puts run in the order they were made, so the last
 * keystroke wins. The caller gives the new `updatedAt` and `revision`.
 */
export async function saveDraft(database: ConexDb, quote: Quote): Promise<Result<Quote>> {
  if (quote.status !== 'draft') return err(domainError('quote.notDraft', 'quotes:errors.notDraft'));
  return storageOutcome(async () => {
    await database.quotes.put(quote);
    return ok(quote);
  });
}

/** Changes one stored quote inside a transaction, bumping its revision and time. */
async function change(database: ConexDb, id: string, now: Date, edit: (quote: Quote) => Result<Quote>): Promise<Result<Quote>> {
  return storageOutcome(() =>
    database.transaction('rw', database.quotes, async () => {
      const row = await database.quotes.get(id);
      if (!row) return missing();
      const edited = edit(row);
      if (!edited.ok) return edited;
      const next: Quote = { ...edited.value, updatedAt: now.toISOString(), revision: row.revision + 1 };
      await database.quotes.put(next);
      return ok(next);
    }),
  );
}

/** Sets or clears the PO number of any quote or order (R-ORD-6, R-ORD-7); more than 50 characters is refused and nothing changes. */
export function updatePoNumber(database: ConexDb, id: string, poNumber: string, now: Date): Promise<Result<Quote>> {
  const checked = checkPoNumber(poNumber);
  if (!checked.ok) return Promise.resolve(checked);
  return change(database, id, now, (quote) => {
    const { poNumber: _old, ...rest } = quote;
    return ok(checked.value === undefined ? rest : { ...rest, poNumber: checked.value });
  });
}

/**
 * "Submit Order": the draft becomes 'queued' and nothing else is written; the
 * sync helper sends queued quotes when a connection is there. It stays a draft
 * in the customer's eyes until the Conex API gives it a number (R-ORD-4). A
 * quote with options queues only the option chosen (`optionId`), as a plain quote.
 */
export async function submitQuote(database: ConexDb, id: string, now: Date, optionId?: string): Promise<Result<Quote>> {
  const book = await loadPriceBook(database);
  return change(database, id, now, (quote) => {
    if (quote.status !== 'draft') return err(domainError('quote.notDraft', 'quotes:errors.notDraft'));
    if (!quote.options) return ok({ ...quote, status: 'queued' });
    // Only the chosen option is queued, as a plain quote; without a choice nothing changes.
    const chosen = readyWithChoice(quote, optionId, book, now);
    return chosen.ok ? ok({ ...chosen.value, status: 'queued' }) : chosen;
  });
}

/** Editing a queued or submitted quote makes it a draft again, to be submitted anew; a paid order is never reopened. */
export function reopenAsDraft(database: ConexDb, id: string, now: Date): Promise<Result<Quote>> {
  return change(database, id, now, (quote) =>
    quote.status === 'paid' ? err(domainError('quote.paid', 'quotes:errors.paidOrder')) : ok({ ...quote, status: 'draft' }),
  );
}

/** Cart entries with ids of the new quote; every option numbers its lines the same way, as only one is ever sent. */
function renumbered(lines: readonly QuoteEntry[], newId: string): QuoteEntry[] {
  return lines.map((entry, i) => ({ ...entry, id: `${newId}-${i + 1}`, line: { ...entry.line, id: `${newId}-${i + 1}` } }));
}

/** A new draft with the same products, contacts and organization; no number, no PO, today's exchange rate. */
export async function duplicateQuote(database: ConexDb, id: string, now: Date, newId: string, book: PriceBook): Promise<Result<Quote>> {
  const source = await getQuote(database, id);
  if (!source.ok) return source;
  const q = source.value;
  const fresh = newDraft(newId, now, q.language, book);
  const snapshot = exchangeSnapshot(book, q.currency, q.organization.country);
  const copy: Quote = {
    ...fresh,
    ...(snapshot.ok ? { currency: q.currency, exchange: snapshot.value } : {}),
    lines: renumbered(q.lines, newId),
    // The options come along, each with its own lines (issue 20).
    ...(q.options
      ? { options: q.options.map((o, k) => ({ id: `${newId}-o${k + 1}`, ...(o.lines ? { lines: renumbered(o.lines, newId) } : {}) })) }
      : {}),
    contacts: q.contacts,
    reseller: q.reseller,
    organization: q.organization,
    taxId: q.taxId,
    paymentChoice: q.paymentChoice,
    cotermination: q.cotermination,
    flaggedForReview: q.flaggedForReview,
  };
  return storageOutcome(async () => {
    await database.quotes.add(copy);
    return ok(copy);
  });
}

/** Deletes a quote; returns it so the caller can offer undo. */
export async function deleteQuote(database: ConexDb, id: string): Promise<Result<Quote>> {
  return storageOutcome(async () => {
    const row = await database.quotes.get(id);
    if (!row) return missing();
    await database.quotes.delete(id);
    return ok(row);
  });
}

/** Puts back a quote deleted a moment ago (undo). */
export async function restoreQuote(database: ConexDb, quote: Quote): Promise<Result<Quote>> {
  return storageOutcome(async () => {
    await database.quotes.put(quote);
    return ok(quote);
  });
}

/** The user's licenses that can be renewed or upgraded (not evaluations), by SEN; invalid records are left out. */
export async function listQuoteLicenses(database: ConexDb): Promise<License[]> {
  const rows = await database.licenses.toArray();
  return rows
    .flatMap((row) => {
      const parsed = licenseSchema.safeParse(row);
      return parsed.success && parsed.data.type !== 'evaluation' ? [parsed.data] : [];
    })
    .sort((a, b) => a.sen.localeCompare(b.sen));
}
