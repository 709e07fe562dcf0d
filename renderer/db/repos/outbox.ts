import { changeObjectId, planQuoteChanges, type Change } from '../../../shared/api';
import { quoteSchema, type Quote } from '../../../shared/quote';
import type { ConexDb } from '../database';
import type { OutboxRow } from '../sync-tables';

/** Queues changes, each with its own idempotency key, in one transaction: all of them or none. */
export async function enqueueChanges(database: ConexDb, changes: readonly Change[], now: Date, newKey: () => string): Promise<OutboxRow[]> {
  if (changes.length === 0) return [];
  const rows: OutboxRow[] = changes.map((change) => ({
    objectId: changeObjectId(change),
    idempotencyKey: newKey(),
    change,
    createdAt: now.toISOString(),
    attempts: 0,
  }));
  await database.transaction('rw', database.outbox, async () => {
    for (const row of rows) row.seq = await database.outbox.add(row);
  });
  return rows;
}

/** Whether `accountId` may send a change: one left by another account waits for that account. */
const sendableBy = (accountId: string | undefined) => (row: OutboxRow) => !row.accountId || !accountId || row.accountId === accountId;

/** Every waiting change, oldest first; with `accountId`, those that account may send. */
export async function listOutbox(database: ConexDb, accountId?: string): Promise<OutboxRow[]> {
  const rows = await database.outbox.orderBy('seq').toArray();
  return accountId ? rows.filter(sendableBy(accountId)) : rows;
}

/** How many changes wait for the server; with `accountId`, those that account may send. */
export async function countOutbox(database: ConexDb, accountId?: string): Promise<number> {
  return accountId ? (await listOutbox(database, accountId)).length : database.outbox.count();
}

/**
 * An account signs out with changes waiting: they are its own, sent only when it
 * signs in again, never by the next account on this computer (R-ORD-8).
 */
export async function claimOutbox(database: ConexDb, accountId: string): Promise<number> {
  return database.outbox.filter((row) => !row.accountId).modify({ accountId });
}

/** After a failed try: how many tries so far, when to try again, and why it failed (a message key, never a token). */
export async function scheduleRetry(database: ConexDb, seq: number, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
  await database.outbox.update(seq, { attempts, nextAttemptAt: nextAttemptAt.toISOString(), lastError: error });
}

/** Removes a change the server confirmed, or answered for good. */
export async function removeOutboxEntry(database: ConexDb, seq: number): Promise<void> {
  await database.outbox.delete(seq);
}

/** "Sync now": every waiting change may be tried at once. */
export async function clearBackoff(database: ConexDb): Promise<void> {
  await database.outbox.toCollection().modify((row) => {
    delete row.nextAttemptAt;
  });
}

/**
 * Looks at the stored quotes and queues what the server must learn: a quote
 * queued by "Submit Order", a PO changed on a submitted quote, a quote deleted
 * here (shared/api planQuoteChanges). One transaction, so two runs at once
 * cannot queue the same change twice. Returns the changes queued.
 */
export async function reconcileQuotes(database: ConexDb, now: Date, newKey: () => string): Promise<OutboxRow[]> {
  return database.transaction('rw', [database.quotes, database.quoteShadows, database.outbox, database.syncConflicts], async () => {
    const [rows, shadows, pending, conflicts] = await Promise.all([
      database.quotes.toArray(),
      database.quoteShadows.toArray(),
      database.outbox.orderBy('seq').toArray(),
      database.syncConflicts.toCollection().primaryKeys(),
    ]);
    const locals: Quote[] = rows.flatMap((row) => {
      const parsed = quoteSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
    const plan = planQuoteChanges({
      locals,
      shadows: new Map(shadows.map((s) => [s.id, s])),
      pending: pending.map((p) => p.change),
      conflicts: new Set(conflicts),
    });
    return enqueueChanges(database, plan, now, newKey);
  });
}
