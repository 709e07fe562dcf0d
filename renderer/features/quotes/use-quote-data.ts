import { useLiveQuery } from 'dexie-react-hooks';
import type { Entity } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { listQuoteLicenses, loadPriceBook } from '../../db/repos/quotes';

export interface QuoteData {
  book: PriceBook;
  licenses: License[];
  entities: Entity[];
}

/** What the form quotes from, kept live: the price book, the user's licenses and entities; undefined while loading. */
export function useQuoteData(): QuoteData | undefined {
  return useLiveQuery(async () => {
    const database = db();
    const [book, licenses, entities] = await Promise.all([loadPriceBook(database), listQuoteLicenses(database), listEntities(database)]);
    return { book, licenses, entities };
  }, []);
}
