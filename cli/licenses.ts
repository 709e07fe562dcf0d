import { createHash } from 'node:crypto';
import { BACKUP_LIMITS } from '../shared/backup/limits';
import type { License } from '../shared/license';
import type { Context } from './context';
import { readInput, type InputProblem } from './input';
import { checkKeys, refusedLine } from './read-keys';

/** A license as the commands show it: the fields of its key (or backup record) and its entity's name. */
export type LicenseRow = Pick<
  License,
  | 'id'
  | 'sen'
  | 'product'
  | 'deployment'
  | 'tier'
  | 'type'
  | 'serverId'
  | 'licensee'
  | 'issued'
  | 'maintenanceStart'
  | 'maintenanceEnd'
  | 'evaluationEnd'
  | 'majorVersion'
  | 'installedMajorVersion'
> & { readonly entity: string; readonly file: string };

/** What reading the files gave: the licenses, and one line per problem (a file, or a key). */
export interface ReadLicenses {
  readonly rows: LicenseRow[];
  readonly problems: string[];
}

/** Reads keys files and backups; a file or key that cannot be read is a problem line, the rest is still read. */
export async function readLicenses(files: readonly string[], ctx: Context): Promise<ReadLicenses> {
  const rows: LicenseRow[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const name = file === '-' ? ctx.t('cli:files.stdin') : file;
    const isBackup = file.toLowerCase().endsWith('.conexbackup');
    const input = await readInput(file, ctx.stdin, isBackup ? BACKUP_LIMITS.fileBytes : undefined);
    if (!input.ok) {
      problems.push(inputProblemLine(ctx, name, input.problem));
      continue;
    }
    if (isBackup || looksLikeBackup(input.text)) {
      const backup = await readBackupLicenses(input.text, name);
      if (backup.ok) rows.push(...backup.rows);
      else problems.push(ctx.t('cli:files.backup', { file: name, reason: ctx.t(backup.messageKey, backup.params) }));
      continue;
    }
    const keys = await checkKeys(input.text, ctx);
    if (keys.length === 0) problems.push(ctx.t('cli:files.noKeys', { file: name }));
    for (const key of keys) {
      if (!key.ok) {
        problems.push(refusedLine(ctx, name, key));
        continue;
      }
      const { kid: _kid, entity, ...fields } = key.key.payload;
      rows.push({ ...fields, id: fields.sen, entity, file: name });
    }
  }
  return { rows, problems };
}

/** The line for a file that could not be read, in the user's language. */
export function inputProblemLine(ctx: Pick<Context, 't'>, file: string, problem: InputProblem): string {
  return ctx.t(`cli:files.${problem.code}`, {
    file,
    ...('limit' in problem ? { limit: problem.limit } : {}),
    ...('reason' in problem ? { reason: problem.reason } : {}),
  });
}

function looksLikeBackup(text: string): boolean {
  return text.trimStart().startsWith('{') && text.slice(0, 400).includes('"conex-license-manager-backup"');
}

type BackupLicenses =
  { ok: true; rows: LicenseRow[] } | { ok: false; messageKey: string; params?: Readonly<Record<string, string | number>> };

/** The licenses of a backup, read with the app's own checks (size, format, checksum, every record's schema). */
async function readBackupLicenses(text: string, file: string): Promise<BackupLicenses> {
  let tables: string[] = [];
  try {
    const raw = JSON.parse(text) as { tables?: unknown };
    if (raw && typeof raw.tables === 'object' && raw.tables !== null) tables = Object.keys(raw.tables);
  } catch {
    // readBackupFile names what is wrong with it.
  }
  // Loaded only for a backup: its schemas cost start-up time that keys files never need.
  const [{ readBackupFile }, { entitySchema }, { licenseSchema }] = await Promise.all([
    import('../shared/backup/read'),
    import('../shared/entity'),
    import('../shared/license'),
  ]);
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
