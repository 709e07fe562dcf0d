import type { ApiAccount, ConexLinks } from '../../shared/api';

/** A message for the user as sync stores it (the last error, a log line): an i18n key and its parameters. */
export interface StoredMessage {
  messageKey: string;
  params?: Record<string, string | number>;
}

/** The account signed in on this computer, as renderer/sync/session.ts keeps it. */
export interface SignedInAccount {
  id: string;
  email: string;
  name: string;
  apiUrl: string;
  tokenStorage: 'encrypted' | 'session';
}

/** The pull feeds, each with its own cursor. */
export type FeedName = 'licenses' | 'quotes' | 'orders' | 'consents';

/**
 * Every value sync keeps in the `syncState` table, by key: the one place that
 * says what each key holds, so no reader casts a string key's value itself.
 */
export interface SyncStateValues {
  /** The signed-in account (its token is in the platform's secret store). */
  account: SignedInAccount;
  /** The account signed in last, kept after signing out so the next sign-in knows whether it is another one. */
  lastAccount: Pick<SignedInAccount, 'id' | 'apiUrl'>;
  /** The account as Conex last confirmed it. */
  'account.profile': ApiAccount;
  /** Conex's links the API gave last (shared/api/links.ts); parsed again when read, as they come from outside. */
  links: ConexLinks;
  /** The version of the price book held, sent as If-None-Match. */
  'priceBook.etag': string;
  lastSyncedAt: string;
  lastError: StoredMessage | null;
  'cursor.licenses': string;
  'cursor.quotes': string;
  'cursor.orders': string;
  'cursor.consents': string;
}

export type SyncStateKey = keyof SyncStateValues;

/** The key of a feed's cursor. */
export function cursorKey(feed: FeedName): `cursor.${FeedName}` {
  return `cursor.${feed}`;
}
