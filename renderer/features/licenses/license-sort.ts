import { TIERS } from '../../../shared/catalog-lists';
import type { RowComparator } from '../../ui/data-table/table-sort';
import type { LicenseRow } from './license-rows';
import { STATE_KINDS } from './license-state';

/** The Licenses list's columns, as fields of its rows. */
export type LicenseField = 'sen' | 'product' | 'tier' | 'type' | 'entity' | 'serverId' | 'status' | 'maintenanceEnd';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tierRank = new Map<string, number>(TIERS.map((t, i) => [t, i]));
const stateRank = new Map<string, number>(STATE_KINDS.map((k, i) => [k, i]));
const rank = (ranks: Map<string, number>) => (a: string, b: string) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0);
const byTier = rank(tierRank);
const byState = rank(stateRank);

/** How each column orders the list: tiers from Starter up, statuses in the status filter's order, names as people read them. */
export const LICENSE_COMPARATORS: Record<LicenseField, RowComparator<LicenseRow>> = {
  sen: (a, b) => text(a.sen, b.sen),
  product: (a, b) => text(a.product, b.product) || text(a.deployment, b.deployment),
  tier: (a, b) => byTier(a.tier, b.tier),
  type: (a, b) => text(a.type, b.type),
  entity: (a, b) => collator.compare(a.entity, b.entity),
  serverId: (a, b) => collator.compare(a.serverId, b.serverId),
  status: (a, b) => byState(a.status, b.status),
  // ISO days order as text; an evaluation counts by its evaluation end, as its row shows.
  maintenanceEnd: (a, b) => text(a.maintenanceEndIso, b.maintenanceEndIso),
};

/** True for a field the list has a column for (a sort model names a column by its field). */
export function isLicenseField(field: string): field is LicenseField {
  return field in LICENSE_COMPARATORS;
}
