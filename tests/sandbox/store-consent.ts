import type { ApiConsentRequest } from '../../shared/api';
import { nextSeq, type Db } from './store';

/** A Consent To Assign request with the account that sent it. */
export interface StoredConsent {
  owner: string;
  request: ApiConsentRequest;
}

/** Inserts or replaces a request; it moves to the end of its owner's feed. */
export function saveConsent(db: Db, owner: string, request: ApiConsentRequest): void {
  db.prepare(
    'INSERT INTO consent_requests (id, owner, data, seq) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data, seq = excluded.seq',
  ).run(request.id, owner, JSON.stringify(request), nextSeq(db));
}

export function getConsent(db: Db, id: string): StoredConsent | undefined {
  const row = db.prepare('SELECT owner, data FROM consent_requests WHERE id = ?').get(id) as { owner: string; data: string } | undefined;
  return row ? { owner: row.owner, request: JSON.parse(row.data) as ApiConsentRequest } : undefined;
}

/** The requests an account sent, changed after the cursor, oldest change first. */
export function consentFeed(db: Db, owner: string, since: number, limit: number) {
  const rows = db
    .prepare('SELECT data, seq FROM consent_requests WHERE owner = ? AND seq > ? ORDER BY seq LIMIT ?')
    .all(owner, since, limit + 1) as { data: string; seq: number }[];
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => JSON.parse(r.data) as ApiConsentRequest),
    cursor: String(page.at(-1)?.seq ?? since),
    more: rows.length > limit,
  };
}
