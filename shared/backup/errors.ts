import type { DomainError } from '../errors';

/** Why a backup file was refused; each has a message in the `backups` namespace. */
export type BackupErrorCode =
  | 'backup.truncated'
  | 'backup.notBackup'
  | 'backup.newerVersion'
  | 'backup.damaged'
  | 'backup.checksumMismatch'
  | 'backup.unknownTable'
  | 'backup.recordInvalid'
  | 'backup.tooLarge'
  | 'backup.recordTooLarge'
  | 'backup.tooDeep'
  | 'backup.forbiddenKey';

export interface BackupError extends DomainError {
  readonly code: BackupErrorCode;
}

const messageKeys: Record<BackupErrorCode, string> = {
  'backup.truncated': 'backups:errors.truncated',
  'backup.notBackup': 'backups:errors.notBackup',
  'backup.newerVersion': 'backups:errors.newerVersion',
  'backup.damaged': 'backups:errors.damaged',
  'backup.checksumMismatch': 'backups:errors.checksumMismatch',
  'backup.unknownTable': 'backups:errors.unknownTable',
  'backup.recordInvalid': 'backups:errors.recordInvalid',
  'backup.tooLarge': 'backups:errors.tooLarge',
  'backup.recordTooLarge': 'backups:errors.recordTooLarge',
  'backup.tooDeep': 'backups:errors.tooDeep',
  'backup.forbiddenKey': 'backups:errors.forbiddenKey',
};

/** Every code, for checking one that crossed a boundary (a worker's answer). */
export const BACKUP_ERROR_CODES = Object.keys(messageKeys) as [BackupErrorCode, ...BackupErrorCode[]];

/** A backup error with its message key. */
export function backupError(code: BackupErrorCode, params?: Record<string, string | number>): BackupError {
  return params ? { code, messageKey: messageKeys[code], params } : { code, messageKey: messageKeys[code] };
}
