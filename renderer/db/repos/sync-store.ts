import type { ConexDb } from '../database';
import type { SyncStateKey, SyncStateValues } from '../sync-state';
import type { PendingKeyRow, QuoteShadowRow, SyncConflictRow, SyncLogRow } from '../sync-tables';

/** The log keeps the latest events only. */
export const SYNC_LOG_MAX = 500;

/** Reads one sync state value (cursors, account, last sync): only setSyncState writes them, with the type of their key. */
export async function getSyncState<K extends SyncStateKey>(database: ConexDb, key: K): Promise<SyncStateValues[K] | undefined> {
  return (await database.syncState.get(key))?.value as SyncStateValues[K] | undefined;
}

/** Keeps one sync state value under its key. */
export async function setSyncState<K extends SyncStateKey>(database: ConexDb, key: K, value: SyncStateValues[K]): Promise<void> {
  await database.syncState.put({ key, value });
}

/** Forgets one sync state value. */
export async function deleteSyncState(database: ConexDb, key: SyncStateKey): Promise<void> {
  await database.syncState.delete(key);
}

/** Forgets the cursors, shadows and conflicts of an account: the next sync pulls everything again. */
export async function resetSyncState(database: ConexDb, keep: readonly SyncStateKey[] = []): Promise<void> {
  await database.transaction('rw', [database.syncState, database.quoteShadows, database.syncConflicts, database.pendingKeys], async () => {
    const keys = (await database.syncState.toCollection().primaryKeys()).filter((k) => !keep.some((kept) => kept === k));
    await database.syncState.bulkDelete(keys);
    await database.quoteShadows.clear();
    await database.syncConflicts.clear();
    await database.pendingKeys.clear();
  });
}

/**
 * Forgets what Conex sent for the account signed in before (R-ORD-8): its
 * orders, the quotes it submitted or paid, the contacts of its licenses. What
 * was made on this computer stays: drafts, quotes waiting to be sent, licenses.
 */
export async function forgetServerData(database: ConexDb): Promise<void> {
  await database.transaction('rw', [database.quotes, database.orders, database.licenseContacts], async () => {
    await database.quotes.where('status').anyOf(['submitted', 'paid']).delete();
    await database.orders.clear();
    await database.licenseContacts.clear();
  });
}

/** Adds an event to the sync log and drops the oldest beyond SYNC_LOG_MAX. */
export async function appendSyncLog(database: ConexDb, entry: Omit<SyncLogRow, 'id'>): Promise<void> {
  await database.transaction('rw', database.syncLog, async () => {
    await database.syncLog.add(entry);
    const extra = (await database.syncLog.count()) - SYNC_LOG_MAX;
    if (extra > 0) await database.syncLog.bulkDelete(await database.syncLog.orderBy('id').limit(extra).primaryKeys());
  });
}

/** The log, latest first. */
export function listSyncLog(database: ConexDb, limit = SYNC_LOG_MAX): Promise<SyncLogRow[]> {
  return database.syncLog.orderBy('id').reverse().limit(limit).toArray();
}

/** The server revision a quote's change is made on: the one its shadow holds, 0 for a quote the server never had. */
export async function shadowRevision(database: ConexDb, quoteId: string): Promise<number> {
  return (await database.quoteShadows.get(quoteId))?.remote.revision ?? 0;
}

/** Every quote shadow. */
export function listShadows(database: ConexDb): Promise<QuoteShadowRow[]> {
  return database.quoteShadows.toArray();
}

/** The quotes waiting for the user's choice, by id. */
export function listConflicts(database: ConexDb): Promise<SyncConflictRow[]> {
  return database.syncConflicts.orderBy('id').toArray();
}

/** Keys waiting to be applied, without those the user has applied since (the license now holds them); read-only, so a live query may use it. */
export async function listPendingKeys(database: ConexDb): Promise<PendingKeyRow[]> {
  const rows = await database.pendingKeys.toArray();
  const licenses = await database.licenses.bulkGet(rows.map((r) => r.licenseId));
  return rows
    .filter((r, i) => licenses[i] !== undefined && licenses[i]?.key !== r.key)
    .sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}
