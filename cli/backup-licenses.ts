import { createHash } from 'node:crypto';
import { readBackupFile } from '../shared/backup/read';
import { entitySchema } from '../shared/entity';
import { licenseSchema, type License } from '../shared/license';
import type { LicenseRow } from './licenses';

/** A backup's licenses as rows, or why the backup was refused (a message key and its parameters). */
export type BackupLicenses =
  { ok: true; rows: LicenseRow[] } | { ok: false; messageKey: string; params?: Readonly<Record<string, string | number>> };

/** The licenses of a backup, read with the app's own checks (size, format, checksum, every record's schema). */
export async function readBackupLicenses(text: string, file: string): Promise<BackupLicenses> {
  let tables: string[] = [];
  try {
    const raw = JSON.parse(text) as { tables?: unknown };
    if (raw && typeof raw.tables === 'object' && raw.tables !== null) tables = Object.keys(raw.tables);
  } catch {
    // readBackupFile names what is wrong with it.
  }
  const sha256 = async (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
  const read = await readBackupFile(text, sha256, {
    tables: { licenses: { primaryKey: 'id', schema: licenseSchema }, entities: { primaryKey: 'id', schema: entitySchema } },
    leftOut: tables.filter((t) => t !== 'licenses' && t !== 'entities'),
  });
  if (!read.ok) return { ok: false, messageKey: read.error.messageKey, ...(read.error.params ? { params: read.error.params } : {}) };
  const entities = new Map((read.value.tables.entities ?? []).map((e) => [(e as { id: string }).id, (e as { name: string }).name]));
  const rows = (read.value.tables.licenses ?? []).map((record) => {
    const l = record as License;
    const { entityId, key: _key, createdAt: _c, updatedAt: _u, purchaseDate: _p, ...fields } = l;
    return { ...fields, entity: entities.get(entityId) ?? entityId, file };
  });
  return { ok: true, rows };
}
