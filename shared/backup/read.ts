import type { ZodType } from 'zod';
import { err, ok, type Result } from '../errors';
import { utf8Decode } from '../keys/utf8';
import { backupError, type BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupFileSchema, checksummedPart, type BackupContents, type Sha256Hex } from './format';
import { fromPortable } from './portable';

/** How this app stores each table: its primary key, and the schema its records must pass when there is one. */
export interface TableRules {
  readonly primaryKey: string;
  readonly schema?: ZodType;
}

export interface ReadRules {
  /** Every table of this app's store; a backup holding another table comes from a newer app. */
  readonly tables: Readonly<Record<string, TableRules>>;
}

/**
 * Reads and checks a backup file completely, touching nothing: bytes to text,
 * JSON, the format marker and version, the envelope, the checksum, then every
 * record of every table. The first problem found is returned as a typed error.
 */
export async function readBackupFile(
  input: Uint8Array | string,
  sha256: Sha256Hex,
  rules: ReadRules,
): Promise<Result<BackupContents, BackupError>> {
  const text = typeof input === 'string' ? input : utf8Decode(input);
  if (text === undefined) return err(backupError('backup.notBackup'));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Our marker near the start of a file that does not parse: the end is missing or damaged.
    return err(backupError(text.slice(0, 400).includes(`"${BACKUP_FORMAT}"`) ? 'backup.truncated' : 'backup.notBackup'));
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) return err(backupError('backup.notBackup'));
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > BACKUP_FORMAT_VERSION)
    return err(backupError('backup.newerVersion', { version: raw.formatVersion, supported: BACKUP_FORMAT_VERSION }));

  const envelope = backupFileSchema.safeParse(raw);
  if (!envelope.success) return err(backupError('backup.damaged', { path: envelope.error.issues[0]?.path.join('.') ?? '' }));
  const file = envelope.data;
  if ((await sha256(checksummedPart(raw as typeof file))) !== file.checksum.value) return err(backupError('backup.checksumMismatch'));

  const decoded: Record<string, unknown[]> = {};
  for (const [name, records] of Object.entries(file.tables)) decoded[name] = records.map(fromPortable);
  const checked = checkBackupTables(decoded, rules);
  if (!checked.ok) return checked;
  const { formatVersion, createdAt, appVersion, schemaVersion } = file;
  return ok({ formatVersion, createdAt, appVersion, schemaVersion, tables: decoded });
}

/** Checks records as a restore will: every table known, every record an object with a unique key that passes its table's schema. */
export function checkBackupTables(tables: Readonly<Record<string, readonly unknown[]>>, rules: ReadRules): Result<true, BackupError> {
  for (const [name, records] of Object.entries(tables)) {
    const table = Object.hasOwn(rules.tables, name) ? rules.tables[name] : undefined;
    if (!table) return err(backupError('backup.fromNewerApp', { table: name }));
    const checked = checkRecords(name, records, table);
    if (!checked.ok) return checked;
  }
  return ok(true);
}

function checkRecords(table: string, records: readonly unknown[], rules: TableRules): Result<true, BackupError> {
  const keys = new Set<unknown>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const invalid = (path: string, detail: string) => err(backupError('backup.recordInvalid', { table, record: i + 1, path, detail }));
    if (!isObject(record)) return invalid('', 'not an object');
    const key = record[rules.primaryKey];
    if (!(typeof key === 'string' && key.length > 0) && !(typeof key === 'number' && Number.isFinite(key)))
      return invalid(rules.primaryKey, 'missing key');
    if (keys.has(key)) return invalid(rules.primaryKey, 'duplicate key');
    keys.add(key);
    if (rules.schema) {
      const parsed = rules.schema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return invalid(issue?.path.join('.') ?? '', issue?.message ?? '');
      }
    }
  }
  return ok(true);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
