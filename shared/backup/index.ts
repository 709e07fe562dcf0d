export { canonicalJson } from './canonical';
export { BACKUP_ERROR_CODES, backupError, type BackupError, type BackupErrorCode } from './errors';
export {
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MIME_TYPE,
  backupBody,
  backupFileSchema,
  canonicalTable,
  sealBackupBody,
  writeBackupFile,
  type BackupHeader,
  type BackupContents,
  type Sha256Hex,
} from './format';
export { fromPortable, toPortable } from './portable';
export { BACKUP_LIMITS, checkStructure } from './limits';
export { checkBackupTables, readBackupFile, type CheckedTables, type ReadRules, type TableRules } from './read';
