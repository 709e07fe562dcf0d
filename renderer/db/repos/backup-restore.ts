import type { Table } from 'dexie';
import { canonicalJson, checkBackupTables, type BackupContents } from '../../../shared/backup';
import { domainError, err, type DomainError, type Result } from '../../../shared/errors';
import type { Quote } from '../../../shared/quote';
import type { ConexDb } from '../database';
import type { ConsentRequestRow } from '../account-tables';
import { storageResult } from '../storage-errors';
import { backedUpTables, type OnProgress } from './backup';
import { backupRules } from './backup-records';
import { LAST_RESTORE_KEY } from './backup-settings';
import { LATEST_SEEN_KEY } from './clock';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreReport {
  readonly mode: RestoreMode;
  /** Per table: records written, and (merge) records left out because the store already had them. */
  readonly tables: Readonly<Record<string, { readonly written: number; readonly kept: number }>>;
}

const CHUNK = 2000;

/** Rows as they were before the restore, by primary key, as canonical text: what the restore changed is what differs. */
type Before = ReadonlyMap<unknown, string>;

/**
 * Writes a checked backup into the store in ONE read-write transaction: an
 * exception anywhere rolls everything back and the store is exactly as it was.
 * `replace` makes the user's data equal to the backup's; `merge` adds what the
 * store lacks and never overwrites what it has. The records are parsed again
 * here, so nothing reaches the store that its table's schema did not accept.
 *
 * It never writes the sync machinery, and leaves nothing that would send the
 * restored data to Conex by itself: a quote waiting to be submitted comes back
 * as a draft, a Consent To Assign request whose form was waiting to be sent as
 * incomplete (unless this computer holds the very same record); what the app
 * knew of the server's version of a quote the restore changed is forgotten;
 * and the pull cursors start over, so the next sync takes the server's truth.
 * The latest time seen (R-EVAL-4) becomes the later of this computer's and the
 * backup's, the backup's never later than `now`.
 */
export async function restoreBackup(
  database: ConexDb,
  contents: BackupContents,
  mode: RestoreMode,
  options: { now: Date; onProgress?: OnProgress },
): Promise<Result<RestoreReport, DomainError>> {
  const progress = options.onProgress ?? (() => undefined);
  const checked = checkBackupTables(contents.tables, backupRules(database), contents.schemaVersion);
  if (!checked.ok) return checked;
  const incomingTables = checked.value.tables;
  const total = Object.values(incomingTables).reduce((n, rows) => n + rows.length, 0);
  const targets = backedUpTables(database);
  return storageResult(
    () =>
      database.transaction('rw', [...targets, database.syncState, database.quoteShadows], async () => {
        const tables: Record<string, { written: number; kept: number }> = {};
        const quotesBefore = await snapshot(database.quotes);
        let done = 0;
        for (const table of targets) {
          const incoming = incomingTables[table.name] ?? [];
          progress({ phase: 'writing', table: table.name, done, total });
          const rows = await rowsToWrite(database, table, incoming, mode, options.now);
          for (let i = 0; i < rows.length; i += CHUNK) {
            const chunk = rows.slice(i, i + CHUNK);
            if (mode === 'replace' || table.name === 'meta') await table.bulkPut(chunk);
            else await table.bulkAdd(chunk);
            progress({ phase: 'writing', table: table.name, done: done + i + chunk.length, total });
          }
          done += incoming.length;
          tables[table.name] = { written: rows.length, kept: incoming.length - rows.length };
        }
        await forgetServerViews(database, quotesBefore);
        await database.settings.put({
          key: LAST_RESTORE_KEY,
          value: { at: options.now.toISOString(), backupCreatedAt: earlier(contents.createdAt, options.now), mode },
        });
        progress({ phase: 'writing', done: total, total });
        return { mode, tables };
      }),
    () => err(domainError('backup.restoreConflict', 'backups:errors.restoreConflict')),
  );
}

/** What to write to one table; `replace` clears what the backup replaces first. */
async function rowsToWrite(
  database: ConexDb,
  table: Table,
  incoming: readonly unknown[],
  mode: RestoreMode,
  now: Date,
): Promise<unknown[]> {
  if (table.name === 'meta') return latestSeenRows(database, incoming, now);
  const before = table.name === 'quotes' || table.name === 'consentRequests' ? await snapshot(table) : new Map<unknown, string>();
  const safe = incoming.map((row) => inert(table.name, row, before));
  if (mode === 'merge') return mergeRows(table, safe);
  // Settings: only the user's choices are replaced; the API address and the backup folder stay this computer's.
  if (table.name === 'settings')
    await table
      .where('key')
      .anyOf(safe.map((r) => (r as { key: string }).key))
      .delete();
  else await table.clear();
  return [...safe];
}

/** A restored row that would make the next sync send something by itself becomes one that waits for the user. */
function inert(table: string, row: unknown, before: Before): unknown {
  if (table === 'quotes') {
    const quote = row as Quote;
    if (quote.status !== 'queued' || before.get(quote.id) === canonicalJson(quote)) return quote;
    return { ...quote, status: 'draft' } satisfies Quote;
  }
  if (table === 'consentRequests') {
    const request = row as ConsentRequestRow;
    // Its signed form travelled in the outbox, which a backup never holds: it is sent again from the request, with the form.
    if (request.status !== 'recorded' || before.get(request.id) === canonicalJson(request)) return request;
    return { ...request, status: 'incomplete' } satisfies ConsentRequestRow;
  }
  return row;
}

/**
 * R-EVAL-4: the latest time seen never goes back, so a restore cannot undo the
 * clock check; and a backup's mark is taken no later than now, so a backup
 * from "the future" cannot make every evaluation look tampered with.
 */
async function latestSeenRows(database: ConexDb, incoming: readonly unknown[], now: Date): Promise<unknown[]> {
  const theirs = (incoming as { key: string; value: string }[]).find((r) => r.key === LATEST_SEEN_KEY)?.value;
  if (theirs === undefined) return [];
  const stored = (await database.meta.get(LATEST_SEEN_KEY))?.value;
  const mine = typeof stored === 'string' && !Number.isNaN(Date.parse(stored)) ? stored : undefined;
  const capped = earlier(theirs, now);
  if (mine !== undefined && Date.parse(mine) >= Date.parse(capped)) return [];
  return [{ key: LATEST_SEEN_KEY, value: capped }];
}

function earlier(iso: string, now: Date): string {
  return Date.parse(iso) > now.getTime() ? now.toISOString() : new Date(iso).toISOString();
}

/**
 * The pull starts over (every cursor forgotten), and the server's version of a
 * quote is forgotten where the restore changed the quote: the next sync then
 * compares the two afresh (taking the server's, or asking the user) instead of
 * sending the restored one as if the user had just edited it, or deleting on
 * the server a quote the backup did not hold.
 */
async function forgetServerViews(database: ConexDb, quotesBefore: Before): Promise<void> {
  const cursors = (await database.syncState.toCollection().primaryKeys()).filter((k) => String(k).startsWith('cursor.'));
  await database.syncState.bulkDelete(cursors);
  const after = await snapshot(database.quotes);
  const stale = (await database.quoteShadows.toCollection().primaryKeys()).filter((id) => {
    const now = after.get(id);
    return now === undefined || now !== quotesBefore.get(id);
  });
  await database.quoteShadows.bulkDelete(stale);
}

async function snapshot(table: Table): Promise<Map<unknown, string>> {
  const key = table.schema.primKey.keyPath as string;
  const rows = (await table.toArray()) as Record<string, unknown>[];
  return new Map(rows.map((row) => [row[key], canonicalJson(row)]));
}

/** The backup's rows the store does not have, by primary key or by any unique index (a SEN, an entity name per country). */
async function mergeRows(table: Table, incoming: readonly unknown[]): Promise<unknown[]> {
  const keyPath = table.schema.primKey.keyPath as string;
  const taken = new Set<unknown>(await table.toCollection().primaryKeys());
  const unique = table.schema.indexes.filter((i) => i.unique && typeof i.keyPath === 'string');
  const takenByIndex = new Map<string, Set<unknown>>();
  for (const index of unique) takenByIndex.set(index.name, new Set(await table.orderBy(index.name).keys()));
  const out: unknown[] = [];
  for (const row of incoming) {
    const record = row as Record<string, unknown>;
    if (taken.has(record[keyPath])) continue;
    if (unique.some((i) => takenByIndex.get(i.name)?.has(record[i.keyPath as string]))) continue;
    taken.add(record[keyPath]);
    for (const i of unique) takenByIndex.get(i.name)?.add(record[i.keyPath as string]);
    out.push(row);
  }
  return out;
}
