import { decideRemote, quoteFromServer, type ApiQuoteState, type Change } from '../../../shared/api';
import type { Quote } from '../../../shared/quote';
import type { ConexDb } from '../database';

type QuoteChange = Extract<Change, { kind: 'quote.submit' | 'quote.po' | 'quote.delete' }>;

/** Whether the stored quote is what the server holds (so a later server change may replace it without asking). */
function matches(local: Quote, remote: ApiQuoteState): boolean {
  return (
    !remote.deleted &&
    local.status === remote.status &&
    local.officialNumber === remote.officialNumber &&
    (local.poNumber ?? null) === remote.poNumber
  );
}

/**
 * The server confirmed a quote change: the change leaves the outbox, the
 * server's version becomes the shadow, and a submitted quote gets its official
 * number, issue date and valid-until date (R-ORD-4, R-ORD-5), all in one transaction.
 */
export async function confirmQuoteChange(
  database: ConexDb,
  seq: number,
  change: QuoteChange,
  answer: ApiQuoteState,
): Promise<Quote | undefined> {
  return database.transaction('rw', [database.outbox, database.quotes, database.quoteShadows], async () => {
    await database.outbox.delete(seq);
    const id = change.quoteId;
    if (answer.deleted) {
      await database.quoteShadows.delete(id);
      return undefined;
    }
    let local = await database.quotes.get(id);
    if (local && change.kind === 'quote.submit') {
      const official = { officialNumber: answer.officialNumber, issueDate: answer.issueDate, validUntil: answer.validUntil };
      // Edited again since it was sent: it keeps its number, and its new version waits to be submitted.
      const current = local.status === 'queued' && local.revision === change.submission.localRevision;
      local = current ? { ...local, ...official, status: answer.status } : { ...local, ...official };
      await database.quotes.put(local);
    }
    await database.quoteShadows.put({ id, remote: answer, localRevision: local && matches(local, answer) ? local.revision : -1 });
    return local;
  });
}

/** The server holds another version than the change was made on: its changes leave the outbox and both versions wait for the user. */
export async function recordQuoteConflict(database: ConexDb, quoteId: string, remote: ApiQuoteState, now: Date): Promise<void> {
  await database.transaction('rw', [database.outbox, database.quotes, database.syncConflicts], async () => {
    await database.outbox.where('objectId').equals(`quote:${quoteId}`).delete();
    const local = (await database.quotes.get(quoteId)) ?? null;
    await database.syncConflicts.put({ id: quoteId, local, remote, detectedAt: now.toISOString() });
  });
}

/**
 * The server answered a change for good without applying it (refused, or the
 * quote not found). The change leaves the outbox; a refused submission becomes a
 * draft again so the user can correct it and submit anew. A deletion answered
 * "not found" forgets the quote's shadow: Conex shows this account nothing of it
 * (gone, or no longer visible to it), so there is nothing left to send; keeping
 * the shadow would queue the deletion again at every sync.
 */
export async function dropQuoteChange(database: ConexDb, seq: number, change: QuoteChange, now: Date, notFound: boolean): Promise<void> {
  await database.transaction('rw', [database.outbox, database.quotes, database.quoteShadows], async () => {
    await database.outbox.delete(seq);
    if (notFound && change.kind === 'quote.delete') await database.quoteShadows.delete(change.quoteId);
    if (change.kind !== 'quote.submit') return;
    const local = await database.quotes.get(change.quoteId);
    if (local && local.status === 'queued' && local.revision === change.submission.localRevision) {
      await database.quotes.put({ ...local, status: 'draft', revision: local.revision + 1, updatedAt: now.toISOString() });
    }
  });
}

export interface QuotePullReport {
  inserted: number;
  updated: number;
  removed: number;
  /** Quotes now waiting for the user's choice. */
  conflicts: string[];
}

/** Applies a page of the quotes feed: the server is the authority, but a quote changed on both sides becomes a conflict. */
export async function applyRemoteQuotes(database: ConexDb, remotes: readonly ApiQuoteState[], now: Date): Promise<QuotePullReport> {
  const report: QuotePullReport = { inserted: 0, updated: 0, removed: 0, conflicts: [] };
  const stamp = now.toISOString();
  await database.transaction('rw', [database.quotes, database.quoteShadows, database.syncConflicts, database.outbox], async () => {
    const ids = remotes.map((r) => r.id);
    const pending = new Set(
      await database.outbox
        .where('objectId')
        .anyOf(ids.map((id) => `quote:${id}`))
        .keys(),
    );
    for (const remote of remotes) {
      const [local, shadow, conflict] = await Promise.all([
        database.quotes.get(remote.id),
        database.quoteShadows.get(remote.id),
        database.syncConflicts.get(remote.id),
      ]);
      const decision = decideRemote({ local, shadow, remote, pending: pending.has(`quote:${remote.id}`), conflict: !!conflict });
      if (decision === 'insert' && !remote.deleted) {
        await database.quotes.put(quoteFromServer(remote, undefined, stamp, 0));
        await database.quoteShadows.put({ id: remote.id, remote, localRevision: 0 });
        report.inserted++;
      } else if (decision === 'update' && local && !remote.deleted) {
        const next = quoteFromServer(remote, local, stamp, local.revision + 1);
        await database.quotes.put(next);
        await database.quoteShadows.put({ id: remote.id, remote, localRevision: next.revision });
        report.updated++;
      } else if (decision === 'remove' || decision === 'forget') {
        if (decision === 'remove') report.removed++;
        await database.quotes.delete(remote.id);
        await database.quoteShadows.delete(remote.id);
      } else if (decision === 'adopt' && local && !remote.deleted) {
        const next = {
          ...local,
          status: remote.status,
          officialNumber: remote.officialNumber,
          issueDate: remote.issueDate,
          validUntil: remote.validUntil,
        };
        await database.quotes.put(next);
        await database.quoteShadows.put({ id: remote.id, remote, localRevision: next.revision });
        report.updated++;
      } else if (decision === 'conflict') {
        await database.syncConflicts.put({ id: remote.id, local: local ?? null, remote, detectedAt: conflict?.detectedAt ?? stamp });
        report.conflicts.push(remote.id);
      }
    }
  });
  return report;
}

/**
 * The user's choice for a quote changed on both sides. "Theirs" takes the
 * server's version. "Mine" sends the app's version over the server's: it is
 * submitted again on the server's revision, or deleted if it was deleted here.
 * A paid order cannot change (R-ORD-7), so there "mine" keeps the user's
 * version as a new draft beside the order.
 */
export async function resolveQuoteConflict(
  database: ConexDb,
  id: string,
  choice: 'mine' | 'theirs',
  now: Date,
  newId: () => string,
): Promise<boolean> {
  const stamp = now.toISOString();
  return database.transaction('rw', [database.quotes, database.quoteShadows, database.syncConflicts], async () => {
    const conflict = await database.syncConflicts.get(id);
    if (!conflict) return false;
    const local = await database.quotes.get(id);
    const remote = conflict.remote;
    const takeTheirs = async () => {
      if (remote.deleted) {
        await database.quotes.delete(id);
        await database.quoteShadows.delete(id);
        return;
      }
      const next = quoteFromServer(remote, local, stamp, (local?.revision ?? -1) + 1);
      await database.quotes.put(next);
      await database.quoteShadows.put({ id, remote, localRevision: next.revision });
    };
    if (choice === 'theirs') await takeTheirs();
    else if (!remote.deleted && remote.status === 'paid') {
      if (local) {
        const { officialNumber: _n, issueDate: _i, validUntil: _v, poNumber: _p, ...rest } = local;
        await database.quotes.add({ ...rest, id: newId(), status: 'draft', createdAt: stamp, updatedAt: stamp, revision: 0 });
      }
      await takeTheirs();
    } else {
      await database.quoteShadows.put({ id, remote, localRevision: -1 });
      if (local && (local.status === 'submitted' || local.status === 'paid')) {
        await database.quotes.put({ ...local, status: 'queued', revision: local.revision + 1, updatedAt: stamp });
      }
    }
    await database.syncConflicts.delete(id);
    return true;
  });
}
