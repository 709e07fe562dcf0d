import type { ApiContact, ApiLicense } from '../../shared/api';
import type { ContactRole } from '../../shared/quote';
import { nextCounter, nextSeq, type Db } from './store';

/** A license as stored: everything the API sends but its contacts, which have their own table. */
export type StoredLicense = Omit<ApiLicense, 'contacts'>;

interface ContactRow {
  id: string;
  email: string;
  role: ContactRole;
  is_primary: number;
}
const toContact = (r: ContactRow): ApiContact => ({ id: r.id, email: r.email, role: r.role, primary: r.is_primary === 1 });

/** Inserts or replaces a license; it moves to the end of the feed. */
export function putLicense(db: Db, license: StoredLicense): void {
  db.prepare(
    'INSERT INTO licenses (sen, data, seq) VALUES (?, ?, ?) ON CONFLICT(sen) DO UPDATE SET data = excluded.data, seq = excluded.seq',
  ).run(license.sen, JSON.stringify(license), nextSeq(db));
}

/** Moves a license to the end of the feed (its contacts changed). */
export function touchLicense(db: Db, sen: string, now: Date): void {
  const license = getLicense(db, sen);
  if (license) putLicense(db, { ...license, updatedAt: now.toISOString() });
}

export function getLicense(db: Db, sen: string): StoredLicense | undefined {
  const row = db.prepare('SELECT data FROM licenses WHERE sen = ?').get(sen) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as StoredLicense) : undefined;
}

export function contactsOf(db: Db, sen: string): ApiContact[] {
  return (db.prepare('SELECT * FROM contacts WHERE sen = ? ORDER BY position').all(sen) as ContactRow[]).map(toContact);
}

/** Whether `email` is a billing or technical contact of the license: only then may its account see it (R-ORD-8). */
export function isLicenseContact(db: Db, sen: string, email: string): boolean {
  return db.prepare('SELECT 1 FROM contacts WHERE sen = ? AND email = ? LIMIT 1').get(sen, email) !== undefined;
}

/** The licenses visible to `email` changed after the cursor, oldest change first. */
export function licenseFeed(db: Db, email: string, since: number, limit: number): { items: ApiLicense[]; cursor: string; more: boolean } {
  const rows = db
    .prepare(
      `SELECT l.data, l.seq FROM licenses l
       WHERE l.seq > ? AND EXISTS (SELECT 1 FROM contacts c WHERE c.sen = l.sen AND c.email = ?)
       ORDER BY l.seq LIMIT ?`,
    )
    .all(since, email, limit + 1) as { data: string; seq: number }[];
  const page = rows.slice(0, limit);
  const contacts = db.prepare('SELECT * FROM contacts WHERE sen = ? ORDER BY position');
  const items = page.map((r) => {
    const license = JSON.parse(r.data) as StoredLicense;
    return { ...license, contacts: (contacts.all(license.sen) as ContactRow[]).map(toContact) };
  });
  const last = page.at(-1)?.seq ?? since;
  return { items, cursor: String(last), more: rows.length > limit };
}

/** Adds a contact; the first of its role, or one added as primary, becomes the primary (R-ACC-2). */
export function insertContact(db: Db, sen: string, input: { email: string; role: ContactRole; primary: boolean }): ApiContact {
  const id = `ct_${nextCounter(db, 'contact')}`;
  const hasRole = db.prepare('SELECT 1 FROM contacts WHERE sen = ? AND role = ?').get(sen, input.role) !== undefined;
  const primary = input.primary || !hasRole;
  if (primary) db.prepare('UPDATE contacts SET is_primary = 0 WHERE sen = ? AND role = ?').run(sen, input.role);
  db.prepare('INSERT INTO contacts (id, sen, email, role, is_primary, position) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    sen,
    input.email,
    input.role,
    primary ? 1 : 0,
    nextCounter(db, 'contact-position'),
  );
  return { id, email: input.email, role: input.role, primary };
}

/** Removes a contact; when it was the primary, the oldest other contact of its role takes over. */
export function deleteContact(db: Db, sen: string, contact: ApiContact): void {
  db.prepare('DELETE FROM contacts WHERE id = ?').run(contact.id);
  if (contact.primary) {
    db.prepare(
      'UPDATE contacts SET is_primary = 1 WHERE id = (SELECT id FROM contacts WHERE sen = ? AND role = ? ORDER BY position LIMIT 1)',
    ).run(sen, contact.role);
  }
}

export function makePrimary(db: Db, sen: string, contact: ApiContact): void {
  db.prepare('UPDATE contacts SET is_primary = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE sen = ? AND role = ?').run(
    contact.id,
    sen,
    contact.role,
  );
}

/** The licenses where `email` is the only billing or the only technical contact: they keep an account from closing (R-ACC-3). */
export function licensesBlockingClose(db: Db, email: string): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT c.sen FROM contacts c
       WHERE c.email = ? AND NOT EXISTS (
         SELECT 1 FROM contacts o WHERE o.sen = c.sen AND o.role = c.role AND o.email <> c.email)
       ORDER BY c.sen`,
    )
    .all(email) as { sen: string }[];
  return rows.map((r) => r.sen);
}

/** Removes an email from every license it is a contact of, each role's primary passing on; returns the licenses touched. */
export function removeContactEverywhere(db: Db, email: string): string[] {
  const rows = db.prepare('SELECT sen FROM contacts WHERE email = ?').all(email) as { sen: string }[];
  const sens = [...new Set(rows.map((r) => r.sen))];
  for (const sen of sens)
    for (const contact of contactsOf(db, sen).filter((c) => c.email.toLowerCase() === email.toLowerCase())) deleteContact(db, sen, contact);
  return sens;
}

/** Carries every license contact of an email over to a new email (R-ACC-1); returns the licenses touched. */
export function renameContactEmail(db: Db, from: string, to: string): string[] {
  const sens = (db.prepare('SELECT DISTINCT sen FROM contacts WHERE email = ?').all(from) as { sen: string }[]).map((r) => r.sen);
  db.prepare('UPDATE OR IGNORE contacts SET email = ? WHERE email = ?').run(to, from);
  db.prepare('DELETE FROM contacts WHERE email = ?').run(from);
  db.prepare('UPDATE OR IGNORE quote_contacts SET email = ? WHERE email = ?').run(to, from);
  db.prepare('DELETE FROM quote_contacts WHERE email = ?').run(from);
  return sens;
}
