import {
  backupBody,
  canonicalTable,
  readBackupFile,
  sealBackupBody,
  type BackupContents,
  type BackupError,
  type Sha256Hex,
} from '../../../shared/backup';
import { ok, type Result } from '../../../shared/errors';
import type { ConexDb } from '../database';
import { readSnapshot } from '../native-read';
import { storageResult } from '../storage-errors';
import { startBackupCheck } from './backup-check-thread';
import { backupRules, isLocalRow, primaryKeysOf, recordSchemas } from './backup-records';

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
 * Reads the user's data in one native read transaction (one consistent snapshot, `readSnapshot`),
 * leaving out what belongs to this computer (the API address, the backup
 * folder, the sync machinery), then writes the backup file text.
 *
 * Each table's text is written as soon as the table is read, while the store
 * reads the next, and handed to a worker that checks its records as a restore
 * would: the check (most of a backup's cost over the bare read, write and hash)
 * runs beside the rest rather than after it.
 */
export async function exportBackup(
  database: ConexDb,
  options: { now: Date; appVersion: string; sha256?: Sha256Hex; onProgress?: OnProgress },
): Promise<Result<BackupMade>> {
  const progress = options.onProgress ?? (() => undefined);
  const sources = backedUpTables(database);
  const check = startBackupCheck(primaryKeysOf(database), database.verno);
  const texts: Record<string, string> = {};
  const counts: Record<string, number> = {};
  // A value a backup cannot hold is a bug to report as such, not as the store failing.
  let unwritable: unknown;
  const read = await storageResult(async () => {
    const snapshot = await readSnapshot(
      database,
      sources.map((t) => t.name),
    );
    const total = (await Promise.all(snapshot.map((t) => t.count))).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of snapshot) {
      progress({ phase: 'reading', table: table.name, done, total });
      const rows = (await table.rows) as Record<string, unknown>[];
      done += rows.length;
      if (unwritable !== undefined) continue;
      const kept = rows.filter((row) => !isLocalRow(table.name, row));
      let text: string;
      try {
        text = canonicalTable(kept);
      } catch (error) {
        unwritable = error;
        continue;
      }
      texts[table.name] = text;
      counts[table.name] = kept.length;
      check.add(table.name, text);
    }
    progress({ phase: 'reading', done, total });
  });
  if (!read.ok || unwritable !== undefined) check.cancel();
  if (!read.ok) return read;
  if (unwritable !== undefined) throw unwritable;
  progress({ phase: 'sealing', done: 0, total: 0 });
  const body = backupBody({ createdAt: options.now.toISOString(), appVersion: options.appVersion, schemaVersion: database.verno }, texts);
  // WebCrypto hashes off the main thread too: the verdict and the checksum are awaited together.
  const [text, verified] = await Promise.all([sealBackupBody(body, options.sha256 ?? webSha256), check.verdict()]);
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
