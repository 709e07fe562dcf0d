import { useCallback, useRef, useState } from 'react';
import type { DomainError } from '../../../shared/errors';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { withReviewFlag, type Quote } from '../../../shared/quote';
import { db } from '../../db/database';
import { saveDraft } from '../../db/repos/quotes';
import { writeJournal } from './draft-journal';

export type DraftEdit = (quote: Quote) => Quote;

/**
 * The draft being edited, saved to IndexedDB on every change as it is typed: no
 * debounce, so closing the window, a crash or a reload loses nothing. A save is
 * one Dexie put started without waiting, plus a synchronous journal copy for a
 * reload that would abort the put (draft-journal.ts); see tests/bench/quotes.bench.ts
 * for its cost per keystroke. A failed save is reported, never silent.
 */
export function useDraftAutosave(
  initial: Quote,
  book: PriceBook,
  onSaveError: (error: DomainError) => void,
): { quote: Quote; update: (edit: DraftEdit) => void } {
  const [quote, setQuote] = useState(initial);
  const current = useRef(initial);
  const errorRef = useRef(onSaveError);
  errorRef.current = onSaveError;

  const update = useCallback(
    (edit: DraftEdit) => {
      const previous = current.current;
      const edited = edit(previous);
      if (edited === previous) return;
      const now = new Date();
      // Only a change of lines or co-termination can change the sales-review flag: skip pricing otherwise.
      const flagged =
        edited.lines !== previous.lines || edited.cotermination !== previous.cotermination ? withReviewFlag(edited, book, now) : edited;
      const next: Quote = { ...flagged, updatedAt: now.toISOString(), revision: previous.revision + 1 };
      current.current = next;
      setQuote(next);
      writeJournal(next);
      void saveDraft(db(), next).then((result) => {
        if (!result.ok) errorRef.current(result.error);
      });
    },
    [book],
  );

  return { quote, update };
}
