import {
  checkBackupTables,
  readBackupFile,
  writeBackupFile,
  type BackupContents,
  type BackupError,
  type Sha256Hex,
} from '../../../shared/backup';
import { ok, type Result } from '../../../shared/errors';
import type { ConexDb } from '../database';
import { storageResult } from '../storage-errors';
import { backupRules, isLocalRow, recordSchemas } from './backup-records';

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
export type OnProgress = (progress: BackupProgress) => void;

export interface BackupMade {
  readonly text: string;
  readonly counts: Readonly<Record<string, number>>;
  /** A record a restore would refuse: the backup is still written, and the user is told which one. */
  readonly warning?: BackupError;
}

/** The store's tables a backup holds: the user's data, never the sync machinery. */
export function backedUpTables(database: ConexDb) {
  return Object.keys(recordSchemas).map((name) => database.table(name));
}

/**
 * Reads the user's data in one read transaction (one consistent snapshot),
 * leaving out what belongs to this computer (the API address, the backup
 * folder, the sync machinery), then writes the backup file text.
 */
export async function exportBackup(
  database: ConexDb,
  options: { now: Date; appVersion: string; sha256?: Sha256Hex; onProgress?: OnProgress },
): Promise<Result<BackupMade>> {
  const progress = options.onProgress ?? (() => undefined);
  const sources = backedUpTables(database);
  const read = await storageResult(() =>
    database.transaction('r', sources, async () => {
      const sizes = await Promise.all(sources.map((t) => t.count()));
      const total = sizes.reduce((a, b) => a + b, 0);
      const out: Record<string, unknown[]> = {};
      let done = 0;
      for (const table of sources) {
        progress({ phase: 'reading', table: table.name, done, total });
        const rows = (await table.toArray()) as Record<string, unknown>[];
        done += rows.length;
        out[table.name] = rows.filter((row) => !isLocalRow(table.name, row));
      }
      progress({ phase: 'reading', done, total });
      return out;
    }),
  );
  if (!read.ok) return read;
  const tables: Record<string, unknown[]> = read.value;
  progress({ phase: 'sealing', done: 0, total: 0 });
  const sealing = writeBackupFile(
    { createdAt: options.now.toISOString(), appVersion: options.appVersion, schemaVersion: database.verno, tables },
    options.sha256 ?? webSha256,
  );
  // WebCrypto hashes off the main thread: the records are checked meanwhile, not after.
  const verified = checkBackupTables(tables, backupRules(database), database.verno);
  const text = await sealing;
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return ok(verified.ok ? { text, counts } : { text, counts, warning: verified.error });
}

/** Reads and checks a backup file completely against this store's tables; changes nothing and never throws. */
export async function readBackup(
  database: ConexDb,
  input: Uint8Array | string,
  sha256: Sha256Hex = webSha256,
): Promise<Result<BackupContents, BackupError>> {
  return readBackupFile(input, sha256, backupRules(database));
}
