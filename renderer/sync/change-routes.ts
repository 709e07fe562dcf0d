import type { ApiQuoteState, Change, ChangeKind, RouteId } from '../../shared/api';
import type { ConexDb } from '../db/database';
import { confirmAccountUpdate, confirmConsentRequest, confirmContactAdd } from '../db/repos/confirm-change';
import { removeOutboxEntry } from '../db/repos/outbox';
import { confirmQuoteChange } from '../db/repos/sync-quotes';
import { shadowRevision } from '../db/repos/sync-store';
import type { ApiClient, ApiFailure, CallOptions, ResponseOf } from './api-client';

/** The change of one kind. */
export type ChangeOf<K extends ChangeKind> = { [P in ChangeKind]: Extract<Change, { kind: P }> }[K];

type QuoteChange = ChangeOf<'quote.submit' | 'quote.po' | 'quote.delete'>;

/** What a request needs besides its change: its idempotency key, the server's id of a contact added this pass, the store. */
export interface SendContext {
  db: ConexDb;
  idempotencyKey: string;
  contactId: (id: string) => string;
}

/** What confirming a change writes needs, and what it may hand to the rest of the pass. */
export interface ConfirmContext {
  db: ConexDb;
  seq: number;
  now: Date;
  newId: () => string;
}

/** A contact added this pass: later changes naming its temporary id go to the id Conex gave. */
export type ContactIdGiven = { localId: string; id: string } | undefined;

/**
 * The answers that confirm a change: only a success. A 404 confirms nothing,
 * not even a deletion: Conex answers 404 alike for what is already gone and for
 * what this account may not see (R-ORD-8), so the change is refused and logged.
 */
export type ConfirmingAnswer = 'success';

/** An answer: the change is confirmed (and `confirm` writes what it means), or it failed. */
export type Sent = { ok: true; confirm: (ctx: ConfirmContext) => Promise<ContactIdGiven> } | { ok: false; failure: ApiFailure };

/** How one kind of change goes to the server: its route, and what confirms it locally. */
export interface ChangeHandler<K extends ChangeKind> {
  readonly route: RouteId;
  readonly confirmedBy: readonly ConfirmingAnswer[];
  send(client: ApiClient, change: ChangeOf<K>, ctx: SendContext): Promise<Sent>;
}

interface ChangeRouteSpec<K extends ChangeKind, R extends RouteId> {
  route: R;
  confirmedBy: readonly ConfirmingAnswer[];
  request: (change: ChangeOf<K>, ctx: SendContext) => Promise<CallOptions<R>> | CallOptions<R>;
  confirm: (ctx: ConfirmContext, change: ChangeOf<K>, answer: ResponseOf<R>) => Promise<ContactIdGiven | void>;
}

/** One row of the table: the request and the confirmation are typed by the same route, so the answer needs no cast. */
function changeRoute<K extends ChangeKind, R extends RouteId>(spec: ChangeRouteSpec<K, R>): ChangeHandler<K> {
  return {
    route: spec.route,
    confirmedBy: spec.confirmedBy,
    async send(client, change, ctx) {
      const result = await client.call(spec.route, await spec.request(change, ctx));
      if (!result.ok) return result;
      return { ok: true, confirm: async (c) => (await spec.confirm(c, change, result.value)) ?? undefined };
    },
  };
}

/** A quote's change is made on the server revision its shadow holds (If-Match). */
const onRevision = async (db: ConexDb, quoteId: string) => ({ ifMatch: await shadowRevision(db, quoteId) });

/** A quote's change confirmed, whichever: the server's version becomes its shadow (confirmQuoteChange). */
const confirmQuote = async ({ db, seq }: ConfirmContext, c: QuoteChange, answer: ApiQuoteState): Promise<void> =>
  void (await confirmQuoteChange(db, seq, c, answer));

/** Every kind of change: the route it goes to, the answers that confirm it, and what a confirmation writes here. */
export const changeRoutes: { readonly [K in ChangeKind]: ChangeHandler<K> } = {
  'quote.submit': changeRoute({
    route: 'submitQuote',
    confirmedBy: ['success'],
    request: async (c: ChangeOf<'quote.submit'>, x) => ({
      params: { id: c.quoteId },
      body: c.submission,
      idempotencyKey: x.idempotencyKey,
      ...(await onRevision(x.db, c.quoteId)),
    }),
    confirm: confirmQuote,
  }),
  'quote.po': changeRoute({
    route: 'updateQuotePo',
    confirmedBy: ['success'],
    request: async (c: ChangeOf<'quote.po'>, x) => ({
      params: { id: c.quoteId },
      body: { poNumber: c.poNumber },
      idempotencyKey: x.idempotencyKey,
      ...(await onRevision(x.db, c.quoteId)),
    }),
    confirm: confirmQuote,
  }),
  'quote.delete': changeRoute({
    route: 'deleteQuote',
    confirmedBy: ['success'],
    request: async (c: ChangeOf<'quote.delete'>, x) => ({
      params: { id: c.quoteId },
      idempotencyKey: x.idempotencyKey,
      ...(await onRevision(x.db, c.quoteId)),
    }),
    confirm: confirmQuote,
  }),
  'contact.add': changeRoute({
    route: 'addContact',
    confirmedBy: ['success'],
    request: (c: ChangeOf<'contact.add'>, x) => ({ params: { sen: c.sen }, body: c.contact, idempotencyKey: x.idempotencyKey }),
    confirm: ({ db, seq }, c, added) => confirmContactAdd(db, seq, c, added),
  }),
  'contact.remove': changeRoute({
    route: 'removeContact',
    confirmedBy: ['success'],
    request: (c: ChangeOf<'contact.remove'>, x) => ({
      params: { sen: c.sen, contactId: x.contactId(c.contactId) },
      idempotencyKey: x.idempotencyKey,
    }),
    confirm: ({ db, seq }) => removeOutboxEntry(db, seq),
  }),
  'contact.primary': changeRoute({
    route: 'makeContactPrimary',
    confirmedBy: ['success'],
    request: (c: ChangeOf<'contact.primary'>, x) => ({
      params: { sen: c.sen, contactId: x.contactId(c.contactId) },
      idempotencyKey: x.idempotencyKey,
    }),
    confirm: ({ db, seq }) => removeOutboxEntry(db, seq),
  }),
  'account.update': changeRoute({
    route: 'updateAccount',
    confirmedBy: ['success'],
    request: (c: ChangeOf<'account.update'>, x) => ({ body: c.update, idempotencyKey: x.idempotencyKey }),
    confirm: ({ db, seq }, _c, account) => confirmAccountUpdate(db, seq, account),
  }),
  'consent.request': changeRoute({
    route: 'requestConsent',
    confirmedBy: ['success'],
    request: (c: ChangeOf<'consent.request'>, x) => ({
      params: { id: c.requestId },
      body: c.request,
      idempotencyKey: x.idempotencyKey,
    }),
    confirm: ({ db, seq, now, newId }, _c, answer) => confirmConsentRequest(db, seq, answer, now, newId),
  }),
};

/** Sends one change by its kind's row of the table. */
export function sendChange<K extends ChangeKind>(client: ApiClient, change: ChangeOf<K> & { kind: K }, ctx: SendContext): Promise<Sent> {
  const handler: ChangeHandler<K> = changeRoutes[change.kind];
  return handler.send(client, change, ctx);
}
