import type { MajorVersion } from '../shared/licensing/eol';
import book from '../resources/price-book.json';

/**
 * The price book shipped with the app (resources/price-book.json), for product
 * names and major versions (R-EOL-1). Read as data, not through the price book
 * schema: its own tests check the file, and building that schema on every
 * start would cost the command line more than all its other work.
 */
const versions: readonly MajorVersion[] = book.majorVersions;

/** The major versions and their release dates, for end-of-life support (R-EOL-1). */
export function bundledVersions(): readonly MajorVersion[] {
  return versions;
}

/** A product's name as the app shows it (e.g. "Conex Books®"). */
export function productName(id: string): string {
  return book.products.find((p) => p.id === id)?.name ?? id;
}
