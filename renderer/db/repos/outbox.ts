import { z } from 'zod';
import { changeObjectId, changeSchema, idempotencyKeySchema, planQuoteChanges, type Change } from '../../../shared/api';
import { quoteSchema, type Quote } from '../../../shared/quote';
import type { ConexDb } from '../database';
import type { OutboxRow, SetAsideReason } from '../sync-tables';
import { getSyncState } from './sync-store';

/**
 * The account a change made now belongs to: the signed-in one, else the one
 * signed in last on this computer (its changes wait for it, R-ORD-8). None when
 * no account ever signed in here: such a change is never sent.
 */
async function owningAccount(database: ConexDb): Promise<string | undefined> {
  // Renderer/sync/session.ts writes both; a value damaged by hand names no account. The last one is read only without a signed-in one.
  for (const key of ['account', 'lastAccount'] as const) {
    const value = await getSyncState(database, key);
    if (typeof value?.id === 'string' && value.id) return value.id;
  }
  return undefined;
}

/**
 * Queues changes, each with its own idempotency key and the account that will
 * send it, in one transaction: all of them or none. Callers that write in a
 * transaction of their own include `outbox` and `syncState` in it.
 */
export async function enqueueChanges(database: ConexDb, changes: readonly Change[], now: Date, newKey: () => string): Promise<OutboxRow[]> {
  if (changes.length === 0) return [];
  return database.transaction('rw', [database.outbox, database.syncState], async () => {
    const accountId = await owningAccount(database);
    const rows: OutboxRow[] = changes.map((change) => ({
      objectId: changeObjectId(change),
      idempotencyKey: newKey(),
      change,
      createdAt: now.toISOString(),
      attempts: 0,
      ...(accountId ? { accountId } : {}),
    }));
    for (const row of rows) row.seq = await database.outbox.add(row);
    return rows;
  });
}

/**
 * What a stored outbox row must be before it is sent: every field checked, the
 * change parsed with the contract's schema, its object the one the change
 * names, and an account to send it. Anything else was not written by this app
 * as it is now (an old bug, a hand-edited store) and is set aside, never sent.
 */
const sendableRowSchema = z
  .object({
    seq: z.number().int().positive(),
    objectId: z.string().min(1).max(200),
    idempotencyKey: idempotencyKeySchema,
    change: changeSchema,
    createdAt: z.iso.datetime({ offset: true }),
    attempts: z.number().int().min(0),
    nextAttemptAt: z.iso.datetime({ offset: true }).optional(),
    lastError: z.string().max(200).optional(),
    accountId: z.string().min(1).max(200),
  })
  .refine((row) => row.objectId === changeObjectId(row.change), { path: ['objectId'], message: 'object' });

/** A stored row, parsed for sending; `reason` says why it may not be sent. */
export type CheckedRow =
  { ok: true; row: OutboxRow & { seq: number; accountId: string } } | { ok: false; seq: number; reason: SetAsideReason };

/** Parses a stored outbox row before it is sent (see sendableRowSchema). */
export function checkOutboxRow(raw: unknown): CheckedRow {
  const seq = typeof (raw as { seq?: unknown } | null)?.seq === 'number' ? (raw as { seq: number }).seq : 0;
  const parsed = sendableRowSchema.safeParse(raw);
  if (parsed.success) return { ok: true, row: parsed.data };
  const noAccount = parsed.error.issues.some((i) => i.path[0] === 'accountId');
  return { ok: false, seq, reason: noAccount ? 'noAccount' : 'invalid' };
}

/** Whether `accountId` may send a row: only the account that made it (one left by another account waits for that one). */
const sendableBy = (accountId: string | undefined) => (row: OutboxRow) => !row.setAside && (!accountId || row.accountId === accountId);

/** Changes waiting, oldest first, set-aside ones left out; with `accountId`, those that account may send. */
export async function listOutbox(database: ConexDb, accountId?: string): Promise<OutboxRow[]> {
  const rows = await database.outbox.orderBy('seq').toArray();
  return rows.filter(sendableBy(accountId));
}

/** Every row not set aside whose account is missing, or is `accountId`: the rows a sync by `accountId` looks at. */
export async function rowsToCheck(database: ConexDb, accountId: string): Promise<unknown[]> {
  const rows = await database.outbox.orderBy('seq').toArray();
  return rows.filter((row) => !row.setAside && (!row.accountId || row.accountId === accountId));
}

/** What the sync indicator counts. */
export interface SyncCounts {
  /** "Changes waiting": the rows listOutbox gives, i.e. not set aside and, signed in, the signed-in account's. */
  waiting: number;
  /** Quotes waiting for the user's choice between two versions. */
  conflicts: number;
  /** Rows that failed their checks: kept, never sent. */
  setAside: number;
}

/** The counts the sync indicator shows: the one definition of "changes waiting" (see SyncCounts). */
export async function syncCounts(database: ConexDb, accountId: string | undefined): Promise<SyncCounts> {
  // One read of the outbox gives both of its counts.
  const [rows, conflicts] = await Promise.all([database.outbox.toArray(), database.syncConflicts.count()]);
  return { waiting: rows.filter(sendableBy(accountId)).length, conflicts, setAside: rows.filter((row) => Boolean(row.setAside)).length };
}

/** The quotes sync may have to send: queued, submitted or paid (a draft is never sent; a deleted one leaves this range too). */
export function quotesToSend(database: ConexDb): Promise<Quote[]> {
  return database.quotes.where('status').anyOf('queued', 'submitted', 'paid').toArray();
}

/** A row that may not be sent stays in the outbox, marked with why, and is never tried again. */
export async function setAsideOutboxRow(database: ConexDb, seq: number, reason: SetAsideReason, now: Date): Promise<void> {
  await database.outbox.update(seq, { setAside: { reason, at: now.toISOString() } });
}

/** After a failed try: how many tries so far, when to try again, and why it failed (a message key, never a token). */
export async function scheduleRetry(database: ConexDb, seq: number, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
  await database.outbox.update(seq, { attempts, nextAttemptAt: nextAttemptAt.toISOString(), lastError: error });
}

/**
 * A retry time further ahead than the longest backoff (the clock was set back,
 * or the row was written with a bad time) is brought back to now + `capMs` and
 * kept so, so a change never waits longer than its backoff allows. Returns the
 * rows with the times used.
 */
export async function clampRetryTimes<T extends OutboxRow>(database: ConexDb, rows: readonly T[], now: Date, capMs: number): Promise<T[]> {
  const latest = now.getTime() + capMs;
  const clamped = new Date(latest).toISOString();
  const out: T[] = [];
  for (const row of rows) {
    const at = row.nextAttemptAt === undefined ? undefined : Date.parse(row.nextAttemptAt);
    if (at === undefined || at <= latest) out.push(row);
    else {
      if (row.seq !== undefined) await database.outbox.update(row.seq, { nextAttemptAt: clamped });
      out.push({ ...row, nextAttemptAt: clamped });
    }
  }
  return out;
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
 * cannot queue the same change twice. Set-aside rows count as queued, so a bad
 * change is not queued again at every sync. Returns the changes queued.
 */
export async function reconcileQuotes(database: ConexDb, now: Date, newKey: () => string): Promise<OutboxRow[]> {
  const tables = [database.quotes, database.quoteShadows, database.outbox, database.syncConflicts, database.syncState];
  return database.transaction('rw', tables, async () => {
    // No account ever signed in here: nothing could send the change, so the quote waits in its table until one does.
    if (!(await owningAccount(database))) return [];
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
