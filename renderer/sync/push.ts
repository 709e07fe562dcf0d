import {
  backoffDelay,
  conflictBodySchema,
  outboxPass,
  type ApiAccount,
  type ApiContact,
  type BackoffPolicy,
  type Change,
} from '../../shared/api';
import type { ConexDb } from '../db/database';
import { applyConsentDecisions, markConsentRefused } from '../db/repos/consent';
import { confirmContactAdded } from '../db/repos/contact-ids';
import { listOutbox, removeOutboxEntry, scheduleRetry } from '../db/repos/outbox';
import { getSyncState, setSyncState } from '../db/repos/sync-store';
import { confirmQuoteChange, dropQuoteChange, recordQuoteConflict } from '../db/repos/sync-quotes';
import type { OutboxRow } from '../db/sync-tables';
import { isRetryable, type ApiClient, type ApiFailure, type ApiResult } from './api-client';
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
  /** Set when sync must stop (the token was refused). */
  stop?: SyncMessage;
  lastFailure?: SyncMessage;
}

/** Contact ids the server gave during this pass, by the temporary id the app gave first. */
type IdMap = Map<string, string>;

async function send(deps: PushDeps, entry: OutboxRow, ids: IdMap): Promise<ApiResult<unknown>> {
  const { client, db } = deps;
  const change = entry.change;
  const contactId = (id: string) => ids.get(id) ?? id;
  const key = entry.idempotencyKey;
  const ifMatch = async (id: string) => (await db.quoteShadows.get(id))?.remote.revision ?? 0;
  switch (change.kind) {
    case 'quote.submit':
      return client.call('submitQuote', {
        params: { id: change.quoteId },
        body: change.submission,
        idempotencyKey: key,
        ifMatch: await ifMatch(change.quoteId),
      });
    case 'quote.po':
      return client.call('updateQuotePo', {
        params: { id: change.quoteId },
        body: { poNumber: change.poNumber },
        idempotencyKey: key,
        ifMatch: await ifMatch(change.quoteId),
      });
    case 'quote.delete':
      return client.call('deleteQuote', { params: { id: change.quoteId }, idempotencyKey: key, ifMatch: await ifMatch(change.quoteId) });
    case 'contact.add':
      return client.call('addContact', { params: { sen: change.sen }, body: change.contact, idempotencyKey: key });
    case 'contact.remove':
      return client.call('removeContact', { params: { sen: change.sen, contactId: contactId(change.contactId) }, idempotencyKey: key });
    case 'contact.primary':
      return client.call('makeContactPrimary', {
        params: { sen: change.sen, contactId: contactId(change.contactId) },
        idempotencyKey: key,
      });
    case 'account.update':
      return client.call('updateAccount', { body: change.update, idempotencyKey: key });
    case 'consent.request':
      return client.call('requestConsent', { params: { id: change.requestId }, body: change.request, idempotencyKey: key });
  }
}

/** A confirmed change that is not a quote's: what the server's answer means here. */
async function confirmOther(deps: PushDeps, change: Change, value: unknown, ids: IdMap): Promise<void> {
  const { db, now } = deps;
  if (change.kind === 'account.update') {
    const account = value as ApiAccount;
    await setSyncState(db, 'account.profile', account);
    // The email is the username (R-ACC-1): the signed-in account follows the change.
    const signedIn = await getSyncState<Record<string, unknown>>(db, 'account');
    if (signedIn) await setSyncState(db, 'account', { ...signedIn, email: account.email, name: account.name });
  } else if (change.kind === 'contact.add' && change.localId) {
    const added = value as ApiContact;
    await confirmContactAdded(db, change.sen, change.localId, added);
    ids.set(change.localId, added.id);
  } else if (change.kind === 'consent.request') {
    await applyConsentDecisions(db, [value as never], now(), deps.newId);
  }
}

const isQuoteChange = (c: Change): c is Extract<Change, { kind: 'quote.submit' | 'quote.po' | 'quote.delete' }> =>
  c.kind.startsWith('quote.');

/** What the server's answer means for one outbox record, written to the store. */
async function settle(
  deps: PushDeps,
  entry: OutboxRow,
  result: ApiResult<unknown>,
  report: PushReport,
  blocked: Set<string>,
  ids: IdMap,
): Promise<void> {
  const { db, now } = deps;
  const seq = entry.seq ?? 0;
  const change = entry.change;
  if (result.ok) {
    report.confirmed++;
    if (isQuoteChange(change)) await confirmQuoteChange(db, seq, change, result.value as never);
    else {
      await removeOutboxEntry(db, seq);
      await confirmOther(deps, change, result.value, ids);
    }
    return;
  }
  const failure: ApiFailure = result.failure;
  const message = failureMessage(failure);
  blocked.add(entry.objectId);
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
  // A final answer without the change: a 404 for a deletion means it is done already.
  const gone = failure.kind === 'http' && failure.status === 404;
  if (isQuoteChange(change)) await dropQuoteChange(db, seq, change, now(), gone);
  else await removeOutboxEntry(db, seq);
  if (change.kind === 'consent.request') await markConsentRefused(db, change.requestId, message);
  if (gone && change.kind === 'quote.delete') return;
  report.refused++;
  report.lastFailure = message;
  await deps.log('error', { messageKey: 'sync:log.refused', params: { what: change.kind, reason: message.messageKey } });
}

/**
 * Sends waiting changes, oldest first, each object's in order; an object whose
 * change failed waits (backoff with jitter) while others go on. A change stays
 * in the outbox until the server answers it for good, and its idempotency key
 * makes every retry safe.
 */
export async function push(deps: PushDeps, force = false): Promise<PushReport> {
  const report: PushReport = { tries: 0, confirmed: 0, retrying: 0, conflicts: 0, refused: 0 };
  const entries = (await listOutbox(deps.db, deps.accountId)).map((e) => ({ ...e, seq: e.seq ?? 0 }));
  const blocked = new Set<string>();
  const ids: IdMap = new Map();
  // An object whose change failed or conflicted is blocked for the rest of the pass, so its later changes wait.
  for (const entry of outboxPass(entries, deps.now(), blocked, force)) {
    report.tries++;
    const result = await send(deps, entry, ids);
    await settle(deps, entry, result, report, blocked, ids);
    if (report.stop) break;
  }
  return report;
}
