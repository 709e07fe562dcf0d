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
      // Loaded only for a backup: its schemas (and zod) cost start-up time that keys files never need.
      const { readBackupLicenses } = await import('./backup-licenses');
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
