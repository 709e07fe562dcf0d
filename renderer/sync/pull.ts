import { FEED_PAGE_MAX } from '../../shared/api';
import { applyConsentDecisions } from '../db/repos/consent';
import type { ConexDb } from '../db/database';
import { applyRemoteLicenses, applyRemoteOrders, savePriceBook } from '../db/repos/sync-licenses';
import { applyRemoteQuotes } from '../db/repos/sync-quotes';
import { getSyncState, setSyncState } from '../db/repos/sync-store';
import type { PendingKeyRow } from '../db/sync-tables';
import { cursorKey, type FeedName } from '../db/sync-state';
import type { ApiClient, ApiFailure, FeedItems, FeedRouteId } from './api-client';
import { licensesFromSignedKeys, type KeyVerifier, type SignedLicenses } from './signed-licenses';

export interface PullDeps {
  db: ConexDb;
  client: ApiClient;
  now: () => Date;
  newId: () => string;
  /** Checks each pulled license's key: its signed fields are the only ones kept. */
  verifyKey: KeyVerifier;
  pageSize?: number;
}

export interface PullReport {
  licenses: number;
  quotes: number;
  orders: number;
  consents: number;
  priceBook: boolean;
  newKeys: PendingKeyRow[];
  conflicts: string[];
  /** Licenses whose unsigned fields disagreed with their signed key (the key's values were kept). */
  keyDisagreements: SignedLicenses['disagreements'];
  /** Licenses left out: their key did not verify. */
  uncheckedKeys: SignedLicenses['unchecked'];
  failure?: ApiFailure;
}

/** A feed is read to its end, at most this many pages in one sync (a server that never says "no more" cannot hold the app). */
const MAX_PAGES = 200;

/** One pull feed: its name (its cursor's key), its route, and how a page of its items is applied here. */
interface Feed<R extends FeedRouteId> {
  name: FeedName;
  route: R;
  apply(items: FeedItems<R>): Promise<void>;
}

/** A feed, typed by its route: its items are what that route's schema gives. */
function feed<R extends FeedRouteId>(name: FeedName, route: R, apply: (items: FeedItems<R>) => Promise<void>): Feed<R> {
  return { name, route, apply };
}

/** Reads a feed from its cursor to its end (at most MAX_PAGES pages), keeping the cursor after each page applied. */
async function readFeed<R extends FeedRouteId>(db: ConexDb, client: ApiClient, f: Feed<R>, limit: number): Promise<ApiFailure | undefined> {
  const key = cursorKey(f.name);
  let cursor = await getSyncState(db, key);
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await client.page(f.route, { since: cursor, limit });
    if (!result.ok) return result.failure;
    await f.apply(result.value.items);
    cursor = result.value.cursor;
    await setSyncState(db, key, cursor);
    if (!result.value.more) break;
  }
  return undefined;
}

/**
 * Brings the server's state: the price book (only when its version changed),
 * Conex's links, then the licenses, quotes, orders and Consent To Assign
 * requests changed since the last cursor of each feed. Each page is applied before its cursor is kept, so a pull cut short
 * resumes where it stopped, and applying a page twice changes nothing.
 */
export async function pull(deps: PullDeps): Promise<PullReport> {
  const { db, client, now } = deps;
  const limit = deps.pageSize ?? FEED_PAGE_MAX;
  const report: PullReport = {
    licenses: 0,
    quotes: 0,
    orders: 0,
    consents: 0,
    priceBook: false,
    newKeys: [],
    conflicts: [],
    keyDisagreements: [],
    uncheckedKeys: [],
  };

  const etag = await getSyncState(db, 'priceBook.etag');
  const book = await client.call('getPriceBook', etag ? { ifNoneMatch: etag } : {});
  if (book.ok) {
    await savePriceBook(db, book.value);
    if (book.etag) await setSyncState(db, 'priceBook.etag', book.etag);
    report.priceBook = true;
  } else if (book.failure.kind !== 'not-modified') return { ...report, failure: book.failure };

  // The links are a convenience: when they cannot be read, the last ones stay and the feeds still come.
  const links = await client.call('getLinks', {});
  if (links.ok) await setSyncState(db, 'links', links.value);

  const feeds = [
    feed('licenses', 'listLicenses', async (items) => {
      // Keys are checked before the write: an await on crypto inside a store transaction would end it early.
      const signed = await licensesFromSignedKeys(items, deps.verifyKey);
      const r = await applyRemoteLicenses(db, signed.licenses, now(), deps.newId);
      report.licenses += signed.licenses.length;
      report.newKeys.push(...r.newKeys);
      report.keyDisagreements.push(...signed.disagreements);
      report.uncheckedKeys.push(...signed.unchecked);
    }),
    feed('quotes', 'listQuotes', async (items) => {
      const r = await applyRemoteQuotes(db, items, now());
      report.quotes += items.length;
      report.conflicts.push(...r.conflicts);
    }),
    feed('orders', 'listOrders', async (items) => {
      await applyRemoteOrders(db, items);
      report.orders += items.length;
    }),
    feed('consents', 'listConsentRequests', async (items) => {
      await applyConsentDecisions(db, items, now(), deps.newId);
      report.consents += items.length;
    }),
  ];

  for (const f of feeds) {
    const failure = await readFeed(db, client, f, limit);
    if (failure) return { ...report, failure };
  }
  return report;
}
