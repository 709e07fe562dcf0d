import type { ApiContact, ApiOrder, ApiQuoteState, Change } from '../../shared/api';
import type { Quote } from '../../shared/quote';

/** A change waiting for the server (store v6 `outbox`). Kept until the server confirms it. */
export interface OutboxRow {
  /** Order of creation; changes of one object are sent in this order. */
  seq?: number;
  objectId: string;
  /** Sent with every try, so the server applies the change once however often it arrives. */
  idempotencyKey: string;
  change: Change;
  createdAt: string;
  attempts: number;
  /** Not tried again before this time (backoff). */
  nextAttemptAt?: string;
  lastError?: string;
  /** The account signed in (or signed in last) when the change was made: only that account sends it, and a row without one is never sent. */
  accountId?: string;
  /** Set when the row failed its checks before sending: it stays here, is shown in the sync log, and is never sent. */
  setAside?: { reason: SetAsideReason; at: string };
}

/** Why an outbox row was set aside: it does not parse as a change (or its request as the route's), or it names no account. */
export type SetAsideReason = 'invalid' | 'noAccount';

/** One line of the sync log: a message key and its parameters, never a token or a request header. */
export interface SyncLogRow {
  id?: number;
  at: string;
  level: 'info' | 'warning' | 'error';
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** The server's version of a quote as last seen, and the local revision that matched it. */
export interface QuoteShadowRow {
  id: string;
  remote: ApiQuoteState;
  localRevision: number;
}

/** A quote changed here and on the server: both versions, until the user chooses. */
export interface SyncConflictRow {
  id: string;
  /** null when the quote was deleted here. */
  local: Quote | null;
  remote: ApiQuoteState;
  detectedAt: string;
}

/** A key Conex issued for a license, waiting for the user to apply it (R-PAY-2, R-LIC-3). */
export interface PendingKeyRow {
  sen: string;
  licenseId: string;
  key: string;
  issued: string;
  detectedAt: string;
}

export type OrderRow = ApiOrder;

export interface LicenseContactsRow {
  sen: string;
  contacts: ApiContact[];
  updatedAt: string;
}
