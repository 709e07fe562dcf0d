import bundled from '../../resources/price-book.json';
import type { Result } from '../errors';
import { parsePriceBook, type PriceBook } from './price-book';

/** The sample price book shipped with the app, validated; the API's book replaces it when online. */
export function bundledPriceBook(): Result<PriceBook> {
  return parsePriceBook(bundled);
}
