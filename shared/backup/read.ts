import type { ZodType } from 'zod';
import { err, ok, type Result } from '../errors';
import { utf8Decode } from '../keys/utf8';
import { backupError, type BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupFileSchema, checksummedPart, type BackupContents, type Sha256Hex } from './format';
import { BACKUP_LIMITS, checkStructure, megabytes } from './limits';
import { jsonLengthAtMost } from './json-size';
import { fromPortable } from './portable';

/** How this app restores one table: its primary key and the strict schema every record must pass. */
export interface TableRules {
  readonly primaryKey: string;
  readonly schema: ZodType;
  /** Gives a record of an older backup this version's shape, as the migrations did (`schemaVersion` is the backup's). */
  readonly upgrade?: (record: Record<string, unknown>, schemaVersion: number) => Record<string, unknown>;
  /** Rows of a user table that belong to one computer (its API address, its backup folder): left out, never restored. */
  readonly leaveOut?: (record: Record<string, unknown>) => boolean;
}

export interface ReadRules {
  /** The tables a backup may restore; any other table is refused, unless it is listed in `leftOut`. */
  readonly tables: Readonly<Record<string, TableRules>>;
  /** Tables older backups held that a restore never writes (sync machinery): skipped whatever they hold. */
  readonly leftOut: readonly string[];
}

/**
 * Reads and checks a backup file completely, touching nothing: size, bytes to
 * text, JSON, the format marker and version, nesting and prototype keys, the
 * envelope, the checksum, then every record of every table against its strict
 * schema. The first problem found is returned as a typed error; nothing throws.
 */
export async function readBackupFile(
  input: Uint8Array | string,
  sha256: Sha256Hex,
  rules: ReadRules,
): Promise<Result<BackupContents, BackupError>> {
  // A string's UTF-8 size is at least its length: checking the length refuses every file too big, before any work.
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > BACKUP_LIMITS.fileBytes) return err(backupError('backup.tooLarge', { limit: megabytes(BACKUP_LIMITS.fileBytes) }));
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
  // Before anything recursive (the checksum's canonical JSON, decoding dates) walks it.
  const structure = checkStructure(raw);
  if (!structure.ok) return structure;

  const envelope = backupFileSchema.safeParse(raw);
  if (!envelope.success) return err(backupError('backup.damaged', { path: envelope.error.issues[0]?.path.join('.') ?? '' }));
  const file = envelope.data;
  if ((await sha256(checksummedPart(raw as typeof file))) !== file.checksum.value) return err(backupError('backup.checksumMismatch'));

  const checked = checkBackupTables(file.tables, rules, file.schemaVersion, { portable: true });
  if (!checked.ok) return checked;
  const { formatVersion, createdAt, appVersion, schemaVersion } = file;
  return ok({ formatVersion, createdAt, appVersion, schemaVersion, ...checked.value });
}

/** The records a restore writes, each parsed by its table's schema, and what it leaves out. */
export interface CheckedTables {
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
  /** Per table, records the backup held that a restore never writes (sync machinery, this computer's own settings). */
  readonly leftOut: Readonly<Record<string, number>>;
}

/**
 * Checks records as a restore writes them: every table known, every record an
 * object within the size limit, with a unique key, passing its table's strict
 * schema. Returns the parsed records (never the raw ones: a parse strips
 * nothing it was not told of, and refuses what it does not know).
 */
export function checkBackupTables(
  tables: Readonly<Record<string, readonly unknown[]>>,
  rules: ReadRules,
  schemaVersion: number,
  options: { portable?: boolean } = {},
): Result<CheckedTables, BackupError> {
  const out: Record<string, unknown[]> = {};
  const leftOut: Record<string, number> = {};
  for (const [name, records] of Object.entries(tables)) {
    if (rules.leftOut.includes(name)) {
      if (records.length > 0) leftOut[name] = records.length;
      continue;
    }
    const table = Object.hasOwn(rules.tables, name) ? rules.tables[name] : undefined;
    if (!table) return err(backupError('backup.unknownTable', { table: name }));
    const checked = checkRecords(name, records, table, schemaVersion, options.portable === true);
    if (!checked.ok) return checked;
    out[name] = checked.value.rows;
    if (checked.value.leftOut > 0) leftOut[name] = checked.value.leftOut;
  }
  return ok({ tables: out, leftOut });
}

function checkRecords(
  table: string,
  records: readonly unknown[],
  rules: TableRules,
  schemaVersion: number,
  portable: boolean,
): Result<{ rows: unknown[]; leftOut: number }, BackupError> {
  const keys = new Set<unknown>();
  const rows: unknown[] = [];
  let leftOut = 0;
  for (let i = 0; i < records.length; i++) {
    const invalid = (path: string, detail: string) => err(backupError('backup.recordInvalid', { table, record: i + 1, path, detail }));
    const stored = records[i];
    if (portable && !jsonLengthAtMost(stored, BACKUP_LIMITS.recordChars))
      return err(backupError('backup.recordTooLarge', { table, record: i + 1, limit: megabytes(BACKUP_LIMITS.recordChars) }));
    const decoded = portable ? fromPortable(stored) : stored;
    if (!isObject(decoded)) return invalid('', 'not an object');
    if (rules.leaveOut?.(decoded)) {
      leftOut++;
      continue;
    }
    const record = rules.upgrade ? rules.upgrade(decoded, schemaVersion) : decoded;
    const key = record[rules.primaryKey];
    if (!(typeof key === 'string' && key.length > 0) && !(typeof key === 'number' && Number.isFinite(key)))
      return invalid(rules.primaryKey, 'missing key');
    if (keys.has(key)) return invalid(rules.primaryKey, 'duplicate key');
    keys.add(key);
    const parsed = rules.schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // A field the schema does not know has no path of its own: name the field.
      const path = issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')].join('.') : (issue?.path.join('.') ?? '');
      return invalid(path, issue?.message ?? '');
    }
    rows.push(parsed.data);
  }
  return ok({ rows, leftOut });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
