import type { Deployment, LicenseType, ProductId, Tier } from '../../../shared/catalog';
import type { License } from '../../../shared/license';
import { licenseStates, type LicenseState, type LicenseStateKind } from './license-state';

/** One line of the Licenses list: what the list sorts, filters and exports. */
export interface LicenseRow {
  readonly id: string;
  readonly sen: string;
  readonly product: ProductId;
  readonly deployment: Deployment;
  readonly tier: Tier;
  readonly type: LicenseType;
  /** The entity's name; empty when the entity was deleted. */
  readonly entity: string;
  readonly serverId: string;
  readonly licensee: string;
  readonly status: LicenseStateKind;
  readonly state: LicenseState;
  /** The day maintenance (an evaluation: the evaluation) ends, ISO: what the list sorts, filters and shows. */
  readonly maintenanceEndIso: string;
  /** SEN and entity name in lower case: what the search box matches, prepared once rather than on every keystroke. */
  readonly search: string;
  /** The stored license, for the CSV export (the same file Maintenance exports). */
  readonly license: License;
}

/** The list's rows at `now`, with each license's state (R-EVAL-4 for evaluations) and entity name. */
export function licenseRows(
  licenses: readonly License[],
  entityNames: ReadonlyMap<string, string>,
  now: Date,
  latestSeen: string | null,
): LicenseRow[] {
  const states = licenseStates(licenses, now, latestSeen);
  return licenses.map((l, i) => {
    const state = states[i] as LicenseState;
    const end = l.type === 'evaluation' ? (l.evaluationEnd ?? l.maintenanceEnd) : l.maintenanceEnd;
    const entity = entityNames.get(l.entityId) ?? '';
    return {
      id: l.id,
      sen: l.sen,
      product: l.product,
      deployment: l.deployment,
      tier: l.tier,
      type: l.type,
      entity,
      serverId: l.serverId,
      licensee: l.licensee,
      status: state.kind,
      state,
      maintenanceEndIso: end,
      search: `${l.sen}\u0000${entity}`.toLocaleLowerCase(),
      license: l,
    };
  });
}
