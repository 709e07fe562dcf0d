import type { IsoDate } from '../../../shared/catalog';
import type { Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import { planCotermination, type CoterminationPlan } from '../../../shared/maintenance/cotermination';

/** What the other licenses of an upgraded license's entity do (R-UPG-2); undefined until the user chooses. */
export type OthersRenew = 'with-upgrade' | 'own-dates';

/**
 * The entity's other server licenses an upgrade could carry along: not the
 * upgraded one, not already in the cart, ending before the upgrade's new
 * maintenance end (a later one cannot be synced down, R-MAINT-7).
 */
export function otherLicensesOfEntity(
  upgraded: License | undefined,
  upgradeEnd: IsoDate,
  licenses: readonly License[],
  inCart: ReadonlySet<string>,
): License[] {
  if (!upgraded) return [];
  return licenses.filter(
    (l) =>
      l.id !== upgraded.id &&
      l.entityId === upgraded.entityId &&
      l.deployment === 'server' &&
      l.maintenanceEnd < upgradeEnd &&
      !inCart.has(l.sen),
  );
}

/**
 * The others renewed to the upgrade's new maintenance end, priced like a
 * co-termination (R-UPG-2, R-MAINT-7). The upgrade keeps its full 12 months and
 * counts as the 12-month renewal.
 */
export function upgradeSyncPlan(
  upgraded: License,
  upgradeEnd: IsoDate,
  others: readonly License[],
  today: IsoDate,
): Result<CoterminationPlan> {
  return planCotermination(
    [{ id: upgraded.id, maintenanceEnd: upgradeEnd, deployment: 'server', fixed: true }, ...others],
    upgradeEnd,
    today,
  );
}
