import { Database } from './sqlite';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ApiAccount } from '../../shared/api';

/** The sandbox's SQLite database (synchronous, so each request's change is one transaction). */
export type Db = Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE, publicity_opt_out INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS licenses (sen TEXT PRIMARY KEY, data TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS licenses_seq ON licenses(seq);
CREATE TABLE IF NOT EXISTS contacts (
  id TEXT PRIMARY KEY, sen TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE, role TEXT NOT NULL,
  is_primary INTEGER NOT NULL, position INTEGER NOT NULL, UNIQUE (sen, email, role));
CREATE INDEX IF NOT EXISTS contacts_email ON contacts(email, sen);
CREATE TABLE IF NOT EXISTS quotes (id TEXT PRIMARY KEY, owner TEXT NOT NULL, data TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_seq ON quotes(seq);
CREATE TABLE IF NOT EXISTS quote_contacts (quote_id TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (quote_id, email));
CREATE INDEX IF NOT EXISTS quote_contacts_email ON quote_contacts(email);
CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, quote_id TEXT NOT NULL UNIQUE, data TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS orders_seq ON orders(seq);
CREATE TABLE IF NOT EXISTS consent_requests (id TEXT PRIMARY KEY, owner TEXT NOT NULL, data TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS consent_requests_owner ON consent_requests(owner, seq);
CREATE TABLE IF NOT EXISTS idempotency (
  account TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, response TEXT,
  created_at TEXT NOT NULL, PRIMARY KEY (account, key));
CREATE TABLE IF NOT EXISTS change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, idempotency_key TEXT, kind TEXT NOT NULL,
  object TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL);
`;

/** Opens (creating if needed) the database at `path`; `fresh` starts from empty. ':memory:' keeps nothing. */
export function openStore(path: string, fresh = false): Db {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
    if (fresh) rmSync(path, { force: true });
  }
  const db = new Database(path);
  db.exec(SCHEMA);
  return db;
}

/** Empties every table (the admin reset). */
export function resetStore(db: Db): void {
  db.transaction(() => {
    for (const t of [
      'accounts',
      'counters',
      'licenses',
      'contacts',
      'quotes',
      'quote_contacts',
      'orders',
      'consent_requests',
      'idempotency',
      'change_log',
    ]) {
      db.prepare(`DELETE FROM ${t}`).run();
    }
  })();
}

/** The next value of a named counter, starting after `start`. */
export function nextCounter(db: Db, name: string, start = 0): number {
  const row = db
    .prepare('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value')
    .get(name, start + 1) as { value: number };
  return row.value;
}

/** The next change sequence number: feeds return rows changed after a cursor, in this order. */
export function nextSeq(db: Db): number {
  return nextCounter(db, 'seq');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface AccountDbRow {
  id: string;
  email: string;
  name: string;
  publicity_opt_out: number;
}
const toAccount = (r: AccountDbRow): ApiAccount => ({ id: r.id, email: r.email, name: r.name, publicityOptOut: r.publicity_opt_out === 1 });

/** Creates a test account holding `token`. */
export function createAccount(db: Db, input: { email: string; name: string; token: string }, now: Date): ApiAccount {
  const id = `acc_${nextCounter(db, 'account')}`;
  db.prepare('INSERT INTO accounts (id, email, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    input.email,
    input.name,
    hashToken(input.token),
    now.toISOString(),
  );
  return { id, email: input.email, name: input.name, publicityOptOut: false };
}

export function accountByToken(db: Db, token: string): ApiAccount | undefined {
  const row = db.prepare('SELECT * FROM accounts WHERE token_hash = ?').get(hashToken(token)) as AccountDbRow | undefined;
  return row ? toAccount(row) : undefined;
}

export function accountByEmail(db: Db, email: string): ApiAccount | undefined {
  const row = db.prepare('SELECT * FROM accounts WHERE email = ?').get(email) as AccountDbRow | undefined;
  return row ? toAccount(row) : undefined;
}

/** Saves an account's new email, name or publicity choice. */
export function saveAccount(db: Db, account: ApiAccount): void {
  db.prepare('UPDATE accounts SET email = ?, name = ?, publicity_opt_out = ? WHERE id = ?').run(
    account.email,
    account.name,
    account.publicityOptOut ? 1 : 0,
    account.id,
  );
}

/**
 * Closes an account (R-ACC-3): its token no longer signs in, and its email is
 * free for a new account. The row stays for the change log.
 */
export function closeAccount(db: Db, id: string): void {
  db.prepare("UPDATE accounts SET token_hash = 'closed:' || id, email = 'closed:' || id || ':' || email WHERE id = ?").run(id);
}

export interface ChangeLogEntry {
  seq: number;
  account: string;
  idempotencyKey: string | null;
  kind: string;
  object: string;
  detail: string;
  at: string;
}

/** Records a change the server applied: the fault suite counts these to prove each change took effect exactly once. */
export function logChange(db: Db, entry: Omit<ChangeLogEntry, 'seq'>): void {
  db.prepare('INSERT INTO change_log (account, idempotency_key, kind, object, detail, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.account,
    entry.idempotencyKey,
    entry.kind,
    entry.object,
    entry.detail,
    entry.at,
  );
}

export function listChanges(db: Db): ChangeLogEntry[] {
  return (db.prepare('SELECT * FROM change_log ORDER BY seq').all() as Record<string, unknown>[]).map((r) => ({
    seq: r.seq as number,
    account: r.account as string,
    idempotencyKey: (r.idempotency_key as string | null) ?? null,
    kind: r.kind as string,
    object: r.object as string,
    detail: r.detail as string,
    at: r.at as string,
  }));
}
