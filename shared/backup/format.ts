import { z } from 'zod';
import { canonicalJson } from './canonical';
import { portableValue } from './portable';

/** What marks a file as one of this app's backups. */
export const BACKUP_FORMAT = 'conex-license-manager-backup';
/** The format this app writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1;
export { BACKUP_EXTENSION } from '../file-extensions';
export const BACKUP_MIME_TYPE = 'application/json';

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits; injected so shared/ stays pure (WebCrypto in the renderer). */
export type Sha256Hex = (text: string) => Promise<string>;

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);

/** The envelope of a backup file; records are checked table by table afterwards. */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1).max(64),
  /** The store's schema version when the backup was taken. */
  schemaVersion: z.number().int().positive(),
  tables: z.record(tableName, z.array(z.unknown())),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** What a backup holds, with records as they are stored (dates and bytes included). */
export interface BackupContents {
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
  /** Per table, records the file held that a restore never writes (sync machinery, one computer's own settings). */
  readonly leftOut?: Readonly<Record<string, number>>;
}

/** The part of a backup file the checksum covers: everything but the checksum itself. */
export function checksummedPart(file: Omit<BackupFile, 'checksum'> | BackupFile): string {
  const { checksum: _checksum, ...rest } = file as BackupFile;
  return canonicalJson(rest);
}

/** What a backup file says about itself, before its tables. */
export type BackupHeader = Pick<BackupContents, 'createdAt' | 'appVersion' | 'schemaVersion'>;

/** One table's records as the backup file holds them: canonical JSON, dates and bytes in their portable form. */
export function canonicalTable(records: readonly unknown[]): string {
  // Dates and bytes become their portable form as the canonical copy is made: one copy of the records, not two.
  return canonicalJson(records, portableValue);
}

/**
 * The canonical JSON of a backup's body, put together from each table's
 * canonical text: the same text canonicalJson gives for the whole body, so a
 * table's text can be handed on (to be checked off the main thread) as soon as
 * it is written. `tables` sorts last of the body's keys, and table names are
 * never integer-like: both are checked, and the whole is written in one go otherwise.
 */
export function backupBody(header: BackupHeader, tableTexts: Readonly<Record<string, string>>): string {
  const envelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    schemaVersion: header.schemaVersion,
  };
  const head = canonicalJson({ ...envelope, tables: {} });
  const names = Object.keys(tableTexts).sort();
  if (!head.endsWith('"tables":{}}') || names.some((name) => /^\d/.test(name))) {
    const tables = Object.fromEntries(names.map((name) => [name, JSON.parse(tableTexts[name] ?? 'null') as unknown]));
    return canonicalJson({ ...envelope, tables });
  }
  const tables = names.map((name) => `${JSON.stringify(name)}:${tableTexts[name] ?? 'null'}`).join(',');
  return `${head.slice(0, -2)}${tables}}}`;
}

/** The text of a backup file: its canonical body closed with the SHA-256 of that body. */
export async function sealBackupBody(body: string, sha256: Sha256Hex): Promise<string> {
  const checksum = { algorithm: 'SHA-256', value: await sha256(body) };
  // The body is a JSON object: close it with the checksum rather than stringify everything twice.
  return `${body.slice(0, -1)},"checksum":${JSON.stringify(checksum)}}`;
}

/**
 * The text of a backup file: canonical JSON of the contents, then the SHA-256
 * of that text. Reading it back and canonicalising again gives the same text,
 * so any change to any record, by hand or by a damaged copy, changes the checksum.
 */
export async function writeBackupFile(contents: Omit<BackupContents, 'formatVersion'>, sha256: Sha256Hex): Promise<string> {
  const texts = Object.fromEntries(Object.entries(contents.tables).map(([name, rows]) => [name, canonicalTable(rows)]));
  return sealBackupBody(backupBody(contents, texts), sha256);
}
