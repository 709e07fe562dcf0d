import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_EXTENSION, BACKUP_MIME_TYPE } from '../../../shared/backup';
import { db } from '../../db/database';
import { exportBackup, type BackupProgress } from '../../db/repos/backup';
import { recordManualBackup } from '../../db/repos/backup-settings';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useToast } from '../../store/toast';

/** conex-backup-2026-11-25-1030.conexbackup, in local time, so files sort by date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `conex-backup-${stamp}.${BACKUP_EXTENSION}`;
}

/** "Back up now": reads the whole store with progress, saves the file where the user says (a download on the web), and remembers when. */
export function useBackUp(): { run: () => Promise<boolean>; progress: BackupProgress | null } {
  const { t } = useTranslation('backups');
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const run = useCallback(async () => {
    const toast = useToast.getState().show;
    setProgress({ phase: 'reading', done: 0, total: 0 });
    try {
      const now = new Date();
      const { version } = await platform().appInfo();
      const made = await exportBackup(db(), { now, appVersion: version, onProgress: setProgress });
      if (!made.ok) {
        toast({ severity: 'error', ns: 'backups', message: (t) => t(made.error.messageKey, made.error.params) });
        return false;
      }
      const saved = await platform().saveFile({
        suggestedName: backupFileName(now),
        data: made.value.text,
        mimeType: BACKUP_MIME_TYPE,
        filters: [{ name: t('backup.fileFilter'), extensions: [BACKUP_EXTENSION] }],
      });
      if (!saved.ok) {
        showHostError(saved.error);
        return false;
      }
      if (!saved.value.saved) {
        toast({ severity: 'info', ns: 'backups', message: (t) => t('backup.cancelled') });
        return false;
      }
      await recordManualBackup(db(), now);
      const count = Object.values(made.value.counts).reduce((a, b) => a + b, 0);
      const warning = made.value.warning;
      toast(
        warning
          ? { severity: 'warning', ns: 'backups', message: (t) => t('backup.warning', { ...warning.params }) }
          : { severity: 'success', ns: 'backups', message: (t) => t('backup.done', { count }) },
      );
      return true;
    } catch (error) {
      // A bug (a value a backup cannot hold) or the host refusing the file: say so rather than fail silently.
      toast({
        severity: 'error',
        ns: 'backups',
        message: (t) => t('backup.failed', { detail: error instanceof Error ? error.message : String(error) }),
      });
      return false;
    } finally {
      setProgress(null);
    }
  }, [t]);
  return { run, progress };
}
