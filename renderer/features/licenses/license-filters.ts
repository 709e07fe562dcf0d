import type { LicenseType, Tier } from '../../../shared/catalog';
import type { LicenseRow } from './license-rows';
import type { LicenseStateKind } from './license-state';

/** What the Filters dialog narrows the list to; null asks for nothing. */
export interface LicenseFilters {
  /** An entity's name, as the rows show it ('' for licenses whose entity was deleted). */
  readonly entity: string | null;
  /** A product and its deployment, `conex-books:cloud`. */
  readonly product: string | null;
  readonly tier: Tier | null;
  readonly type: LicenseType | null;
  readonly status: LicenseStateKind | null;
  /** ISO days: maintenance ends strictly after, strictly before. */
  readonly endsAfter: string | null;
  readonly endsBefore: string | null;
}

/** No filter: every license shows. */
export const NO_FILTERS: LicenseFilters = {
  entity: null,
  product: null,
  tier: null,
  type: null,
  status: null,
  endsAfter: null,
  endsBefore: null,
};

/** How many filters narrow the list, for the badge on the Filters button. */
export function activeFilterCount(filters: LicenseFilters): number {
  return Object.values(filters).filter((v) => v !== null).length;
}

/** The product filter's value for a row: its product and deployment together, as the Product column shows them. */
export function productKey(row: Pick<LicenseRow, 'product' | 'deployment'>): string {
  return `${row.product}:${row.deployment}`;
}

/**
 * A predicate for the rows the search (`needle`, lower case, on each row's prepared SEN and entity text) and the filters
 * keep; null when neither asks for anything, so the list is handed on as it is. Built once per search, run 10,000 times.
 */
export function licenseMatcher(needle: string | null, f: LicenseFilters): ((row: LicenseRow) => boolean) | null {
  const tests: ((row: LicenseRow) => boolean)[] = [];
  if (needle !== null) tests.push((r) => r.search.includes(needle));
  if (f.entity !== null) tests.push((r) => r.entity === f.entity);
  if (f.product !== null) tests.push((r) => productKey(r) === f.product);
  if (f.tier !== null) tests.push((r) => r.tier === f.tier);
  if (f.type !== null) tests.push((r) => r.type === f.type);
  if (f.status !== null) tests.push((r) => r.status === f.status);
  const { endsAfter, endsBefore } = f;
  if (endsAfter !== null) tests.push((r) => r.maintenanceEndIso > endsAfter);
  if (endsBefore !== null) tests.push((r) => r.maintenanceEndIso < endsBefore);
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0] as (row: LicenseRow) => boolean;
  return (row) => tests.every((t) => t(row));
}
