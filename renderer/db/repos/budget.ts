import { checkFiscalStartMonth } from '../../../shared/budget/fiscal-year';
import type { BudgetEntity } from '../../../shared/budget/forecast';
import { err, ok, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { ConexDb } from '../database';
import { storageOutcome } from '../storage-errors';
import { loadPriceBook } from './quotes';
import { loadSettings, type FiscalYearSettings } from './settings';

/** Everything the budget forecast is computed from, read in one transaction. */
export interface BudgetInputs {
  readonly entities: readonly BudgetEntity[];
  readonly licenses: readonly License[];
  /** Licenses whose renewal is in progress: a PO raised for their current end. */
  readonly inProgress: ReadonlySet<string>;
  readonly book: PriceBook;
  readonly fiscalYear: FiscalYearSettings;
}

export async function loadBudgetInputs(database: ConexDb): Promise<BudgetInputs> {
  const tables = [database.licenses, database.entities, database.reminderState, database.meta, database.settings];
  return database.transaction('r', tables, async () => {
    const [licenses, entities, states, book, settings] = await Promise.all([
      database.licenses.toArray(),
      database.entities.toArray(),
      database.reminderState.toArray(),
      loadPriceBook(database),
      loadSettings(database),
    ]);
    const ends = new Map(licenses.map((l) => [l.id, l.maintenanceEnd]));
    const inProgress = new Set(states.filter((s) => s.poRaised && s.poRaised.forEnd === ends.get(s.licenseId)).map((s) => s.licenseId));
    const own = settings.fiscalYear.entities;
    return {
      licenses,
      entities: entities
        .map((e) => ({ id: e.id, name: e.name, country: e.country, ...(own[e.id] ? { fiscalStartMonth: own[e.id] } : {}) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      inProgress,
      book,
      fiscalYear: settings.fiscalYear,
    };
  });
}

/**
 * Sets the organization's fiscal year first month, or one entity's (null: the
 * entity follows the organization again). A month that is not 1 to 12 is refused
 * before anything is written (R-BUD-1).
 */
export async function saveFiscalStartMonth(
  database: ConexDb,
  change: { readonly entityId?: string; readonly month: unknown },
): Promise<Result<FiscalYearSettings>> {
  let month: number | null = null;
  if (change.month !== null || change.entityId === undefined) {
    const checked = checkFiscalStartMonth(change.month);
    if (!checked.ok) return err(checked.error);
    month = checked.value;
  }
  return storageOutcome(async () =>
    database.transaction('rw', database.settings, async () => {
      const current = (await loadSettings(database)).fiscalYear;
      const entities = { ...current.entities };
      if (change.entityId !== undefined) {
        if (month === null) delete entities[change.entityId];
        else entities[change.entityId] = month;
      }
      const next: FiscalYearSettings =
        change.entityId === undefined
          ? { startMonth: month ?? current.startMonth, entities }
          : { startMonth: current.startMonth, entities };
      await database.settings.put({ key: 'fiscalYear', value: next });
      return ok(next);
    }),
  );
}
