import type { Table } from 'dexie';
import {
  checkBackupTables,
  readBackupFile,
  writeBackupFile,
  type BackupContents,
  type BackupError,
  type Sha256Hex,
} from '../../../shared/backup';
import { domainError, err, ok, type DomainError, type Result } from '../../../shared/errors';
import type { ConexDb } from '../database';
import { storageError } from '../storage-errors';
import { backupRules, rowUpgrades } from './backup-records';

/** SHA-256 through WebCrypto, as the backup format needs it. */
export const webSha256: Sha256Hex = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

export interface BackupProgress {
  readonly phase: 'reading' | 'sealing' | 'checking' | 'writing';
  /** Records handled so far, out of `total`; both 0 while a phase cannot say. */
  readonly done: number;
  readonly total: number;
  readonly table?: string;
}
type OnProgress = (progress: BackupProgress) => void;

export interface BackupMade {
  readonly text: string;
  readonly counts: Readonly<Record<string, number>>;
  /** A record a restore would refuse: the backup is still written, and the user is told which one. */
  readonly warning?: BackupError;
}

/** Reads every table of the store in one read transaction (one consistent snapshot), then writes the backup file text. */
export async function exportBackup(
  database: ConexDb,
  options: { now: Date; appVersion: string; sha256?: Sha256Hex; onProgress?: OnProgress },
): Promise<Result<BackupMade>> {
  const progress = options.onProgress ?? (() => undefined);
  let tables: Record<string, unknown[]>;
  try {
    tables = await database.transaction('r', database.tables, async () => {
      const sizes = await Promise.all(database.tables.map((t) => t.count()));
      const total = sizes.reduce((a, b) => a + b, 0);
      const out: Record<string, unknown[]> = {};
      let done = 0;
      for (const table of database.tables) {
        progress({ phase: 'reading', table: table.name, done, total });
        out[table.name] = await table.toArray();
        done += out[table.name]?.length ?? 0;
      }
      progress({ phase: 'reading', done, total });
      return out;
    });
  } catch (e) {
    return err(storageError(e));
  }
  progress({ phase: 'sealing', done: 0, total: 0 });
  const text = await writeBackupFile(
    { createdAt: options.now.toISOString(), appVersion: options.appVersion, schemaVersion: database.verno, tables },
    options.sha256 ?? webSha256,
  );
  const verified = checkBackupTables(tables, backupRules(database));
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return ok(verified.ok ? { text, counts } : { text, counts, warning: verified.error });
}

/** Reads and checks a backup file completely against this store's tables; changes nothing. */
export async function readBackup(
  database: ConexDb,
  input: Uint8Array | string,
  sha256: Sha256Hex = webSha256,
): Promise<Result<BackupContents, BackupError>> {
  return readBackupFile(input, sha256, backupRules(database));
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreReport {
  readonly mode: RestoreMode;
  /** Per table: records written, and (merge) records left out because the store already had them. */
  readonly tables: Readonly<Record<string, { readonly written: number; readonly kept: number }>>;
}

const CHUNK = 2000;

/**
 * Writes a checked backup into the store in ONE read-write transaction over
 * every table: an exception anywhere, in any table, rolls everything back and
 * the store is exactly as it was. `replace` makes the store equal to the
 * backup; `merge` adds what the store lacks and never overwrites what it has.
 */
export async function restoreBackup(
  database: ConexDb,
  contents: BackupContents,
  mode: RestoreMode,
  onProgress?: OnProgress,
): Promise<Result<RestoreReport, DomainError>> {
  const progress = onProgress ?? (() => undefined);
  const total = Object.values(contents.tables).reduce((n, rows) => n + rows.length, 0);
  try {
    const report = await database.transaction('rw', database.tables, async () => {
      const tables: Record<string, { written: number; kept: number }> = {};
      let done = 0;
      for (const table of database.tables) {
        const incoming = upgradeRows(table.name, contents.schemaVersion, contents.tables[table.name] ?? []);
        progress({ phase: 'writing', table: table.name, done, total });
        const rows = mode === 'replace' ? await replaceRows(table, incoming) : await mergeRows(table, incoming);
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          if (mode === 'replace') await table.bulkPut(chunk);
          else await table.bulkAdd(chunk);
          progress({ phase: 'writing', table: table.name, done: done + i + chunk.length, total });
        }
        done += incoming.length;
        tables[table.name] = { written: rows.length, kept: incoming.length - rows.length };
      }
      progress({ phase: 'writing', done: total, total });
      return { mode, tables };
    });
    return ok(report);
  } catch (e) {
    if (isConstraintError(e)) return err(domainError('backup.restoreConflict', 'backups:errors.restoreConflict'));
    return err(storageError(e));
  }
}

/** A backup made by an older version: its rows in this version's shape, as the migrations would have left them. */
function upgradeRows(table: string, schemaVersion: number, rows: readonly unknown[]): readonly unknown[] {
  const step = Object.hasOwn(rowUpgrades, table) ? rowUpgrades[table] : undefined;
  if (!step || schemaVersion >= step.version) return rows;
  return rows.map((row) => {
    const copy = { ...(row as Record<string, unknown>) };
    step.upgrade(copy);
    return copy;
  });
}

/** Clears the table and returns what to write: the backup's rows, with the few values that belong to this computer kept. */
async function replaceRows(table: Table, incoming: readonly unknown[]): Promise<unknown[]> {
  const key = table.schema.primKey.keyPath as string;
  const keep = await localRowsToKeep(table, incoming, key);
  await table.clear();
  if (keep.size === 0) return [...incoming];
  const rows = incoming.filter((r) => !keep.has((r as Record<string, unknown>)[key] as string));
  return [...rows, ...keep.values()];
}

/**
 * Rows of this store that win over the backup's. Automatic-backup settings
 * name a folder on this computer. The latest time ever seen must never go back
 * (R-EVAL-4), or restoring an old backup would undo the clock-tamper check.
 */
async function localRowsToKeep(table: Table, incoming: readonly unknown[], key: string): Promise<Map<string, unknown>> {
  const keep = new Map<string, unknown>();
  if (table.name === 'settings') {
    for (const row of await table.where('key').startsWith('backup.').toArray()) keep.set((row as { key: string }).key, row);
  }
  if (table.name === 'meta') {
    const theirs = new Map(incoming.map((r) => [(r as Record<string, unknown>)[key], (r as { value?: unknown }).value]));
    for (const row of (await table.toArray()) as { key: string; value: unknown }[]) {
      if (!/latestSeen/i.test(row.key) || typeof row.value !== 'string') continue;
      const other = theirs.get(row.key);
      if (typeof other !== 'string' || Date.parse(other) < Date.parse(row.value)) keep.set(row.key, row);
    }
  }
  return keep;
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

/** A unique index refused a record: directly, through Dexie's abort wrapper, or inside a bulk operation's failures. */
function isConstraintError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const error = e as { name?: string; inner?: unknown; failures?: unknown[]; failuresByPos?: Record<number, unknown> };
  if (error.name === 'ConstraintError') return true;
  const nested = [error.inner, ...(error.failures ?? []), ...Object.values(error.failuresByPos ?? {})];
  return nested.some((n) => n !== e && isConstraintError(n));
}
