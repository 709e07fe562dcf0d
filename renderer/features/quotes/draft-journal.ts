import { quoteSchema, type Quote } from '../../../shared/quote';
import type { ConexDb } from '../../db/database';
import { getQuote, saveDraft } from '../../db/repos/quotes';

/**
 * A synchronous copy of the draft being typed, next to the IndexedDB put. A put
 * still in flight when the window reloads or closes is aborted with the page;
 * localStorage is written before the keystroke's handler returns, so the last
 * change survives even then. Only the open draft is kept.
 */
const KEY = 'conex.quotes.journal';

/** Keeps the latest state of the open draft; a full storage only loses the copy, never the put. */
export function writeJournal(quote: Quote, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(quote));
  } catch {
    // The IndexedDB put is the record; the journal is only a safety net.
  }
}

/** Forgets the copy once the form is closed. */
export function clearJournal(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}

/** The journal's draft when it is for `id` and newer than what the store holds. */
export function newerJournal(id: string, stored: Quote | undefined, storage: Storage = localStorage): Quote | undefined {
  const raw = storage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const parsed = quoteSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.id !== id || parsed.data.status !== 'draft') return undefined;
    return stored === undefined || parsed.data.revision > stored.revision ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The draft to reopen after a reload: the journal's copy when it is newer (then written to the store), else the stored draft. */
export async function recoverDraft(database: ConexDb, id: string, storage: Storage = localStorage): Promise<Quote | undefined> {
  const stored = await getQuote(database, id);
  const journal = newerJournal(id, stored.ok ? stored.value : undefined, storage);
  if (journal) {
    const saved = await saveDraft(database, journal);
    return saved.ok ? journal : undefined;
  }
  return stored.ok && stored.value.status === 'draft' ? stored.value : undefined;
}
