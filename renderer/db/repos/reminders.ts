import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { ConexDb, ReminderPrefsRow, ReminderStateRow } from '../database';
import { storageOutcome, storageResult } from '../storage-errors';
import { loadBackupSettings } from './backup-settings';
import { readLatestSeen } from './clock';

/** Everything reminders are computed from, read in one transaction. */
export interface ReminderInputs {
  licenses: License[];
  entities: { id: string; name: string }[];
  prefs: Map<string, number[]>;
  states: Map<string, ReminderStateRow>;
  /** The latest time the app has seen: evaluations count their days from it (R-EVAL-4). */
  latestSeen: string | null;
}

/** Licenses, entity names, thresholds and reminder states, as one consistent read. */
export async function loadReminderInputs(database: ConexDb): Promise<ReminderInputs> {
  const tables = [database.licenses, database.entities, database.reminderPrefs, database.reminderState, database.meta];
  return database.transaction('r', tables, async () => {
    const [licenses, entities, prefs, states, latestSeen] = await Promise.all([
      database.licenses.toArray(),
      database.entities.toArray(),
      database.reminderPrefs.toArray(),
      database.reminderState.toArray(),
      readLatestSeen(database),
    ]);
    return {
      latestSeen,
      licenses,
      entities: entities.map((e) => ({ id: e.id, name: e.name })),
      prefs: new Map(prefs.map((p) => [p.entityId, p.thresholds])),
      states: new Map(states.map((s) => [s.licenseId, s])),
    };
  });
}

/** Thresholds as typed ("90, 60, 30, 7"): whole days from 1 to 365, at most 10, sorted from the largest; empty means no reminders. */
export function parseThresholds(text: string): Result<number[]> {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const days = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  if (days.some((d) => !(d >= 1 && d <= 365))) return err(domainError('reminders.thresholds', 'maintenance:reminders.errors.thresholds'));
  const unique = [...new Set(days)].sort((a, b) => b - a);
  if (unique.length > 10) return err(domainError('reminders.tooMany', 'maintenance:reminders.errors.tooMany'));
  return ok(unique);
}

/** Sets an entity's reminder thresholds. */
export async function setThresholds(
  database: ConexDb,
  entityId: string,
  thresholds: number[],
  now: Date,
): Promise<Result<ReminderPrefsRow>> {
  const row: ReminderPrefsRow = { entityId, thresholds: [...thresholds].sort((a, b) => b - a), updatedAt: now.toISOString() };
  return storageOutcome(async () => {
    await database.reminderPrefs.put(row);
    return ok(row);
  });
}

/** Goes back to the default thresholds for an entity. */
export async function resetThresholds(database: ConexDb, entityId: string): Promise<Result<true>> {
  return storageOutcome(async () => {
    await database.reminderPrefs.delete(entityId);
    return ok(true);
  });
}

async function updateState(
  database: ConexDb,
  licenseId: string,
  change: (row: ReminderStateRow) => ReminderStateRow,
): Promise<Result<ReminderStateRow>> {
  return storageResult(() =>
    database.transaction('rw', database.reminderState, async () => {
      const row = change((await database.reminderState.get(licenseId)) ?? { licenseId });
      await database.reminderState.put(row);
      return row;
    }),
  );
}

/** Silences a license's reminders until `until`; null lifts the snooze. */
export function snooze(database: ConexDb, licenseId: string, until: Date | null): Promise<Result<ReminderStateRow>> {
  return updateState(database, licenseId, ({ snoozedUntil: _old, ...row }) =>
    until ? { ...row, snoozedUntil: until.toISOString() } : row,
  );
}

/**
 * Marks "renewal in progress (PO raised)" for the license's current end, or
 * lifts it. A renewal moves the end date, which lifts it by itself.
 */
export function setPoRaised(database: ConexDb, licenseId: string, forEnd: string | null, now: Date): Promise<Result<ReminderStateRow>> {
  return updateState(database, licenseId, ({ poRaised: _old, ...row }) =>
    forEnd ? { ...row, poRaised: { forEnd, at: now.toISOString() } } : row,
  );
}

/** "Dismiss": no reminders for the license while it ends on `forEnd` (a renewal moves the end, which brings them back); null lifts it. */
export function dismissReminder(database: ConexDb, licenseId: string, forEnd: string | null, now: Date): Promise<Result<ReminderStateRow>> {
  return updateState(database, licenseId, ({ dismissed: _old, ...row }) =>
    forEnd ? { ...row, dismissed: { forEnd, at: now.toISOString() } } : row,
  );
}

/** A system notification shown for a license: the end date and threshold it was for. */
export interface NotifiedMark {
  readonly licenseId: string;
  readonly end: string;
  readonly threshold: number;
}

/**
 * Remembers that system notifications were shown for these end dates and thresholds, so none is shown again: one
 * transaction for them all, since a first pass over a large store can notify thousands at once.
 */
export function markNotified(database: ConexDb, marks: readonly NotifiedMark[], now: Date): Promise<Result<number>> {
  const at = now.toISOString();
  return storageResult(() =>
    database.transaction('rw', database.reminderState, async () => {
      const rows = await database.reminderState.bulkGet(marks.map((m) => m.licenseId));
      await database.reminderState.bulkPut(
        marks.map((m, i) => ({ ...(rows[i] ?? { licenseId: m.licenseId }), lastNotified: { end: m.end, threshold: m.threshold, at } })),
      );
      return marks.length;
    }),
  );
}

/**
 * A cheap read of everything reminders are computed from except the clock mark: the row count of each table (a
 * live query counting a whole table re-runs on any write to it) and the backup settings. The reminder service runs a
 * pass when it changes; the clock mark moves every minute and is watched apart (renderer/reminders/service.ts).
 */
export async function readReminderSources(database: ConexDb): Promise<void> {
  const tables = [database.licenses, database.entities, database.reminderPrefs, database.reminderState];
  await Promise.all([...tables.map((table) => table.count()), loadBackupSettings(database)]);
}
