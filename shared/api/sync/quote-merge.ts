import type { Quote } from '../../quote';
import type { Change } from '../changes';
import type { ApiQuote, ApiQuoteState, QuoteSubmission } from '../quotes';

/**
 * What the app last knew of a quote on the server: the server's version and the
 * local revision that matched it. A local revision other than `localRevision`
 * means the quote was changed here since.
 */
export interface QuoteShadow {
  readonly id: string;
  readonly remote: ApiQuoteState;
  /** -1 when no local revision matches the server's version. */
  readonly localRevision: number;
}

/** The submission the app sends for a queued quote. */
export function submissionOf(quote: Quote): QuoteSubmission {
  return {
    language: quote.language,
    currency: quote.currency,
    exchange: quote.exchange,
    priceBookVersion: quote.priceBookVersion,
    lines: quote.lines,
    contacts: quote.contacts,
    reseller: quote.reseller,
    organization: quote.organization,
    taxId: quote.taxId,
    ...(quote.moreTaxIds?.length ? { moreTaxIds: quote.moreTaxIds } : {}),
    paymentChoice: quote.paymentChoice,
    ...(quote.poNumber === undefined ? {} : { poNumber: quote.poNumber }),
    cotermination: quote.cotermination,
    flaggedForReview: quote.flaggedForReview,
    createdAt: quote.createdAt,
    localRevision: quote.revision,
  };
}

/** The server's version of a quote as the app stores it; `revision` is the local one to give it. */
export function quoteFromServer(remote: ApiQuote, local: Quote | undefined, now: string, revision: number): Quote {
  const { localRevision: _sent, poNumber: _sentPo, ...fields } = remote.submission;
  return {
    ...fields,
    id: remote.id,
    status: remote.status,
    officialNumber: remote.officialNumber,
    issueDate: remote.issueDate,
    validUntil: remote.validUntil,
    ...(remote.poNumber === null ? {} : { poNumber: remote.poNumber }),
    step: local?.step ?? 'review',
    createdAt: local?.createdAt ?? remote.submission.createdAt,
    updatedAt: now,
    revision,
  };
}

interface Expected {
  exists: boolean;
  submittedRevision: number | undefined;
  poNumber: string | null;
}

/** What the server will hold once every pending change of the quote is applied. */
function expectedState(shadow: QuoteShadow | undefined, pending: readonly Change[]): Expected {
  const remote = shadow?.remote;
  const e: Expected =
    remote && !remote.deleted
      ? { exists: true, submittedRevision: remote.submission.localRevision, poNumber: remote.poNumber }
      : { exists: false, submittedRevision: undefined, poNumber: null };
  for (const change of pending) {
    if (change.kind === 'quote.submit') {
      e.exists = true;
      e.submittedRevision = change.submission.localRevision;
      e.poNumber = change.submission.poNumber ?? null;
    } else if (change.kind === 'quote.po') e.poNumber = change.poNumber;
    else if (change.kind === 'quote.delete') {
      e.exists = false;
      e.submittedRevision = undefined;
    }
  }
  return e;
}

export interface QuotePlanInput {
  readonly locals: readonly Quote[];
  readonly shadows: ReadonlyMap<string, QuoteShadow>;
  /** Pending quote changes, oldest first. */
  readonly pending: readonly Change[];
  /** Quotes with an open conflict: nothing is sent for them until the user chooses. */
  readonly conflicts: ReadonlySet<string>;
}

/**
 * The changes to queue so the server ends up as the app holds its quotes:
 * a queued quote is submitted (each revision once), a PO changed on a
 * submitted quote or order is sent, and a quote the server holds but the app
 * no longer has is deleted. Drafts are never sent (R-ORD-4). Running it again
 * with its own output pending plans nothing.
 */
export function planQuoteChanges({ locals, shadows, pending, conflicts }: QuotePlanInput): Change[] {
  const byQuote = new Map<string, Change[]>();
  for (const c of pending) {
    if (c.kind !== 'quote.submit' && c.kind !== 'quote.po' && c.kind !== 'quote.delete') continue;
    const list = byQuote.get(c.quoteId) ?? [];
    list.push(c);
    byQuote.set(c.quoteId, list);
  }
  const localById = new Map(locals.map((q) => [q.id, q]));
  const ids = new Set([...localById.keys(), ...shadows.keys(), ...byQuote.keys()]);
  const plan: Change[] = [];
  for (const id of [...ids].sort()) {
    if (conflicts.has(id)) continue;
    const local = localById.get(id);
    const expected = expectedState(shadows.get(id), byQuote.get(id) ?? []);
    if (!local) {
      if (expected.exists) plan.push({ kind: 'quote.delete', quoteId: id });
    } else if (local.status === 'queued') {
      if (expected.submittedRevision !== local.revision) plan.push({ kind: 'quote.submit', quoteId: id, submission: submissionOf(local) });
    } else if (local.status !== 'draft' && expected.exists && (local.poNumber ?? null) !== expected.poNumber) {
      plan.push({ kind: 'quote.po', quoteId: id, poNumber: local.poNumber ?? null });
    }
  }
  return plan;
}

export type RemoteDecision =
  /** Nothing to do: the app already holds this version. */
  | 'none'
  /** A quote new to this app (e.g. submitted from another computer). */
  | 'insert'
  /** The server changed it and the app did not: take the server's version. */
  | 'update'
  /** Deleted on the server and unchanged here: remove it. */
  | 'remove'
  /** Deleted on both sides: forget it. */
  | 'forget'
  /** The app's quote already matches the server's (e.g. a submission whose answer was lost): record it. */
  | 'adopt'
  /** Changed on both sides: show both versions and let the user choose. */
  | 'conflict'
  /** A change of this quote is still waiting to be sent: it goes first, the next pull sees the result. */
  | 'defer';

/** How a pulled version of a quote meets the app's (the server is the authority, but nothing is overwritten silently). */
export function decideRemote(input: {
  local: Quote | undefined;
  shadow: QuoteShadow | undefined;
  remote: ApiQuoteState;
  pending: boolean;
  conflict: boolean;
}): RemoteDecision {
  const { local, shadow, remote, pending, conflict } = input;
  if (conflict) return 'conflict';
  if (pending) return 'defer';
  if (shadow && shadow.remote.revision === remote.revision) return 'none';
  if (!local) {
    if (!shadow) return remote.deleted ? 'none' : 'insert';
    return remote.deleted ? 'forget' : 'conflict';
  }
  if (!shadow) {
    if (remote.deleted) return 'none';
    return local.revision === remote.submission.localRevision && (local.poNumber ?? null) === remote.poNumber ? 'adopt' : 'conflict';
  }
  if (local.revision === shadow.localRevision) return remote.deleted ? 'remove' : 'update';
  return 'conflict';
}

export type ConflictField = 'status' | 'officialNumber' | 'poNumber' | 'lines' | 'contacts' | 'organization' | 'currency';

/** The fields where the two versions differ, for the chooser; a side that was deleted differs in everything it had. */
export function conflictFields(local: Quote | null, remote: ApiQuoteState): ConflictField[] {
  if (!local || remote.deleted) return ['status'];
  const fields: ConflictField[] = [];
  const r = remote.submission;
  if (local.status !== remote.status) fields.push('status');
  if ((local.officialNumber ?? null) !== remote.officialNumber) fields.push('officialNumber');
  if ((local.poNumber ?? null) !== remote.poNumber) fields.push('poNumber');
  if (JSON.stringify(local.lines) !== JSON.stringify(r.lines)) fields.push('lines');
  if (JSON.stringify(local.contacts) !== JSON.stringify(r.contacts)) fields.push('contacts');
  if (JSON.stringify(local.organization) !== JSON.stringify(r.organization)) fields.push('organization');
  if (local.currency !== r.currency) fields.push('currency');
  return fields;
}
