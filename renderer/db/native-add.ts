import Dexie, { type Table } from 'dexie';
import { announceAddedRow } from './mutation-notice';

/** Waits for a native transaction: its end, or the error that aborted it (a unique index's ConstraintError included). */
function settled(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}

/**
 * Adds one row in a native IndexedDB transaction of its own, then tells live queries, in this window and in other
 * tabs, as Dexie would have. Dexie's own write path costs more than the write itself (its promise and zone machinery,
 * an explicit commit(), a BroadcastChannel message per transaction: issue 18's profile). Inside a Dexie transaction
 * the row joins it through Dexie, so it is kept or undone with the rest; a connection closed under us (another tab
 * upgraded the schema) falls back to Dexie too, which reopens it. Rejects as Dexie's add would: a refused unique key
 * is a ConstraintError. Dexie hooks and middlewares do not see the write: the app registers none.
 */
export async function addRow<T, K>(database: Dexie, table: Table<T, K>, row: T): Promise<void> {
  if (Dexie.currentTransaction) {
    await table.add(row);
    return;
  }
  if (!database.isOpen()) await database.open();
  let tx: IDBTransaction;
  try {
    tx = database.backendDB().transaction(table.name, 'readwrite');
  } catch {
    await table.add(row);
    return;
  }
  tx.objectStore(table.name).add(row);
  await settled(tx);
  announceAddedRow(database.name, table.core, row);
}
