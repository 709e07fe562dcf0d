import { isoDateSchema, type Deployment, type IsoDate } from '../../../shared/catalog';
import { domainError, err, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import { planCotermination, type CoterminationPlan } from '../../../shared/maintenance/cotermination';

/** What the others align to in the Renew tab: the renewed license's new end, or a date the user picks (R-MAINT-7). */
export type RenewAnchor = 'renewal' | 'date';

export interface SyncChoice {
  readonly enabled: boolean;
  readonly selected: readonly string[];
  readonly anchor: RenewAnchor;
  /** The picked common end as typed ('YYYY-MM-DD' from the date field, or ''). */
  readonly date: string;
}

export const noSync: SyncChoice = { enabled: false, selected: [], anchor: 'renewal', date: '' };

interface Renewed {
  readonly id: string;
  readonly currentEnd: IsoDate;
  readonly deployment: Deployment;
  /** Where the renewal for the chosen term ends, when that term is allowed. */
  readonly termEnd: IsoDate | undefined;
}

/** The common end the user chose, if complete: the renewed license's new end, or the picked date. */
export function chosenCommonEnd(choice: SyncChoice, renewed: Renewed): IsoDate | undefined {
  if (choice.anchor === 'renewal') return renewed.termEnd;
  return isoDateSchema.safeParse(choice.date).success ? choice.date : undefined;
}

/**
 * The co-termination plan for the Renew tab, or undefined while the request is
 * off or incomplete (no other license chosen, no date yet). A picked date must
 * come after the renewed license's own end: that license is what the quote renews.
 */
export function renewSyncPlan(
  choice: SyncChoice,
  renewed: Renewed | undefined,
  candidates: readonly License[],
  today: IsoDate,
): Result<CoterminationPlan> | undefined {
  if (!choice.enabled || !renewed) return undefined;
  const chosen = candidates.filter((l) => choice.selected.includes(l.id));
  const commonEnd = chosenCommonEnd(choice, renewed);
  if (chosen.length === 0 || !commonEnd) return undefined;
  if (commonEnd <= renewed.currentEnd) {
    return err(domainError('coterm.notAfterRenewed', 'quotes:errors.cotermNotAfterRenewed', { end: renewed.currentEnd }));
  }
  return planCotermination(
    [{ id: renewed.id, maintenanceEnd: renewed.currentEnd, deployment: renewed.deployment }, ...chosen],
    commonEnd,
    today,
  );
}
