import type { ApiAccount, ApiOrder, ApiQuoteState } from '../../shared/api';
import { nextSeq, type Db } from './store';

export interface QuoteRecord {
  state: ApiQuoteState;
  /** The account that submitted it. */
  owner: string;
}

type Feed<T> = { items: T[]; cursor: string; more: boolean };

export function getQuote(db: Db, id: string): QuoteRecord | undefined {
  const row = db.prepare('SELECT data, owner FROM quotes WHERE id = ?').get(id) as { data: string; owner: string } | undefined;
  return row ? { state: JSON.parse(row.data) as ApiQuoteState, owner: row.owner } : undefined;
}

/** Saves a quote's new state (it moves to the end of the feed); `contacts` replaces the emails that may see it, when given. */
export function saveQuote(db: Db, state: ApiQuoteState, owner: string, contacts?: readonly string[]): void {
  db.prepare(
    'INSERT INTO quotes (id, owner, data, seq) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data, seq = excluded.seq',
  ).run(state.id, owner, JSON.stringify(state), nextSeq(db));
  if (contacts) {
    db.prepare('DELETE FROM quote_contacts WHERE quote_id = ?').run(state.id);
    const insert = db.prepare('INSERT OR IGNORE INTO quote_contacts (quote_id, email) VALUES (?, ?)');
    for (const email of contacts) insert.run(state.id, email);
  }
}

/** A quote is visible to the account that submitted it and to its billing and technical contacts (R-ORD-8). */
export function canSeeQuote(db: Db, id: string, account: ApiAccount): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM quotes q WHERE q.id = ? AND (q.owner = ? OR EXISTS (SELECT 1 FROM quote_contacts c WHERE c.quote_id = q.id AND c.email = ?))',
      )
      .get(id, account.id, account.email) !== undefined
  );
}

export function quoteFeed(db: Db, account: ApiAccount, since: number, limit: number): Feed<ApiQuoteState> {
  const rows = db
    .prepare(
      `SELECT q.data, q.seq FROM quotes q
       WHERE q.seq > ? AND (q.owner = ? OR EXISTS (SELECT 1 FROM quote_contacts c WHERE c.quote_id = q.id AND c.email = ?))
       ORDER BY q.seq LIMIT ?`,
    )
    .all(since, account.id, account.email, limit + 1) as { data: string; seq: number }[];
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => JSON.parse(r.data) as ApiQuoteState),
    cursor: String(page.at(-1)?.seq ?? since),
    more: rows.length > limit,
  };
}

export function saveOrder(db: Db, order: ApiOrder): void {
  db.prepare(
    'INSERT INTO orders (id, quote_id, data, seq) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data, seq = excluded.seq',
  ).run(order.id, order.quoteId, JSON.stringify(order), nextSeq(db));
}

export function getOrder(db: Db, id: string): ApiOrder | undefined {
  const row = db.prepare('SELECT data FROM orders WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as ApiOrder) : undefined;
}

export function orderOfQuote(db: Db, quoteId: string): ApiOrder | undefined {
  const row = db.prepare('SELECT data FROM orders WHERE quote_id = ?').get(quoteId) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as ApiOrder) : undefined;
}

/** Orders are visible only to the billing and technical contacts of their quote (R-ORD-8). */
export function canSeeOrder(db: Db, order: ApiOrder, email: string): boolean {
  return db.prepare('SELECT 1 FROM quote_contacts WHERE quote_id = ? AND email = ?').get(order.quoteId, email) !== undefined;
}

export function orderFeed(db: Db, email: string, since: number, limit: number): Feed<ApiOrder> {
  const rows = db
    .prepare(
      `SELECT o.data, o.seq FROM orders o
       WHERE o.seq > ? AND EXISTS (SELECT 1 FROM quote_contacts c WHERE c.quote_id = o.quote_id AND c.email = ?)
       ORDER BY o.seq LIMIT ?`,
    )
    .all(since, email, limit + 1) as { data: string; seq: number }[];
  const page = rows.slice(0, limit);
  return { items: page.map((r) => JSON.parse(r.data) as ApiOrder), cursor: String(page.at(-1)?.seq ?? since), more: rows.length > limit };
}
