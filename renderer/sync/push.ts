import { backoffDelay, conflictBodySchema, outboxPass, type BackoffPolicy, type Change } from '../../shared/api';
import type { ConexDb } from '../db/database';
import { markConsentRefused } from '../db/repos/consent';
import { checkOutboxRow, clampRetryTimes, removeOutboxEntry, rowsToCheck, scheduleRetry, setAsideOutboxRow } from '../db/repos/outbox';
import { dropQuoteChange, recordQuoteConflict } from '../db/repos/sync-quotes';
import type { OutboxRow, SetAsideReason } from '../db/sync-tables';
import { isRetryable, type ApiClient, type ApiFailure } from './api-client';
import { sendChange, type ChangeOf, type Sent } from './change-routes';
import { failureMessage, type SyncMessage } from './messages';

export interface PushDeps {
  db: ConexDb;
  client: ApiClient;
  now: () => Date;
  newId: () => string;
  /** The signed-in account: changes another account left wait for it. */
  accountId?: string;
  random: () => number;
  policy: BackoffPolicy;
  log: (level: 'info' | 'warning' | 'error', message: SyncMessage) => Promise<void>;
}

export interface PushReport {
  /** Requests sent, first tries and retries. */
  tries: number;
  confirmed: number;
  /** Changes that wait for a later try. */
  retrying: number;
  conflicts: number;
  refused: number;
  /** Rows that failed their checks: set aside, not sent. */
  setAside: number;
  /** Set when sync must stop (the token was refused). */
  stop?: SyncMessage;
  lastFailure?: SyncMessage;
}

/** Contact ids the server gave during this pass, by the temporary id the app gave first. */
type IdMap = Map<string, string>;

type SendableRow = OutboxRow & { seq: number };

const isQuoteChange = (c: Change): c is ChangeOf<'quote.submit' | 'quote.po' | 'quote.delete'> => c.kind.startsWith('quote.');

/** What the server's answer means for one outbox record, written to the store. */
async function settle(deps: PushDeps, entry: SendableRow, sent: Sent, report: PushReport, blocked: Set<string>, ids: IdMap): Promise<void> {
  const { db, now } = deps;
  const seq = entry.seq;
  const change = entry.change;
  if (sent.ok) {
    report.confirmed++;
    // The row leaves the outbox with what the answer means here, in one transaction: stopped between the two, the
    // change is sent again (same idempotency key, same answer) instead of later changes naming an id never recorded.
    const added = await sent.confirm({ db, seq, now: now(), newId: deps.newId });
    if (added) ids.set(added.localId, added.id);
    return;
  }
  const failure: ApiFailure = sent.failure;
  const message = failureMessage(failure);
  blocked.add(entry.objectId);
  if (failure.kind === 'bad-request') {
    await setAside(deps, seq, 'invalid', change.kind, report);
    return;
  }
  if (failure.kind === 'http' && (failure.status === 401 || failure.status === 403)) {
    report.stop = message;
    return;
  }
  if (failure.kind === 'http' && failure.status === 409 && failure.code === 'conflict' && isQuoteChange(change)) {
    const body = conflictBodySchema.safeParse(failure.body);
    if (body.success) {
      report.conflicts++;
      await recordQuoteConflict(db, change.quoteId, body.data.current, now());
      await deps.log('warning', { messageKey: 'sync:log.conflict', params: { id: change.quoteId } });
      return;
    }
  }
  if (isRetryable(failure)) {
    report.retrying++;
    report.lastFailure = message;
    const attempts = entry.attempts + 1;
    const wait = Math.max(backoffDelay(attempts, deps.random(), deps.policy), failure.kind === 'http' ? (failure.retryAfterMs ?? 0) : 0);
    await scheduleRetry(db, seq, attempts, new Date(now().getTime() + wait), message.messageKey);
    return;
  }
  // A final answer without the change: refused, and said so. Only a success confirms (change-routes.ts): a 404 is
  // Conex's answer both for what is gone and for what this account may not see, so it is never taken as done.
  const notFound = failure.kind === 'http' && failure.status === 404;
  if (isQuoteChange(change)) await dropQuoteChange(db, seq, change, now(), notFound);
  else await removeOutboxEntry(db, seq);
  if (change.kind === 'consent.request') await markConsentRefused(db, change.requestId, message);
  report.refused++;
  report.lastFailure = message;
  await deps.log('error', { messageKey: 'sync:log.refused', params: { what: change.kind, reason: message.messageKey } });
}

/** A row that may not be sent: kept aside, never sent, and named in the sync log. */
async function setAside(deps: PushDeps, seq: number, reason: SetAsideReason, what: string, report: PushReport): Promise<void> {
  report.setAside++;
  await setAsideOutboxRow(deps.db, seq, reason, deps.now());
  await deps.log('error', { messageKey: `sync:log.setAside.${reason}`, params: { what } });
}

/**
 * The rows the signed-in account may send, each parsed with the change schema
 * first: a row that fails, or that names no account, is set aside and never sent.
 */
async function sendableRows(deps: PushDeps & { accountId: string }, report: PushReport): Promise<SendableRow[]> {
  const rows: SendableRow[] = [];
  for (const raw of await rowsToCheck(deps.db, deps.accountId)) {
    const checked = checkOutboxRow(raw);
    if (checked.ok) rows.push(checked.row);
    else {
      const kind = (raw as { change?: { kind?: unknown } }).change?.kind;
      await setAside(deps, checked.seq, checked.reason, typeof kind === 'string' ? kind.slice(0, 40) : '?', report);
    }
  }
  return rows;
}

/**
 * Sends waiting changes, oldest first, each object's in order; an object whose
 * change failed waits (backoff with jitter) while others go on. A change stays
 * in the outbox until the server answers it for good, and its idempotency key
 * makes every retry safe. Only the signed-in account's changes go, each parsed
 * again before it is sent.
 */
export async function push(deps: PushDeps, force = false): Promise<PushReport> {
  const report: PushReport = { tries: 0, confirmed: 0, retrying: 0, conflicts: 0, refused: 0, setAside: 0 };
  const accountId = deps.accountId;
  if (!accountId) return report;
  const now = deps.now();
  const entries = await clampRetryTimes(deps.db, await sendableRows({ ...deps, accountId }, report), now, deps.policy.capMs);
  const blocked = new Set<string>();
  const ids: IdMap = new Map();
  // An object whose change failed or conflicted is blocked for the rest of the pass, so its later changes wait.
  for (const entry of outboxPass(entries, now, blocked, force)) {
    report.tries++;
    const sent = await sendChange(deps.client, entry.change, {
      db: deps.db,
      idempotencyKey: entry.idempotencyKey,
      contactId: (id) => ids.get(id) ?? id,
    });
    await settle(deps, entry, sent, report, blocked, ids);
    if (report.stop) break;
  }
  return report;
}
