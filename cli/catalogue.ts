import { bundledPriceBook } from '../shared/pricing/bundled';
import type { MajorVersion } from '../shared/licensing/eol';
import type { PriceBook } from '../shared/pricing/price-book';

let book: PriceBook | undefined;

/** The price book shipped with the app (resources/price-book.json), read once: product names and major versions (R-EOL-1). */
function priceBook(): PriceBook {
  if (!book) {
    const parsed = bundledPriceBook();
    // The bundled book is checked by its own tests; failing here is a packaging bug.
    if (!parsed.ok) throw new Error(`The bundled price book is invalid: ${parsed.error.code}`);
    book = parsed.value;
  }
  return book;
}

/** The major versions and their release dates, for end-of-life support (R-EOL-1). */
export function bundledVersions(): readonly MajorVersion[] {
  return priceBook().majorVersions;
}

/** A product's name as the app shows it (e.g. "Conex Books®"). */
export function productName(id: string): string {
  return priceBook().products.find((p) => p.id === id)?.name ?? id;
}
