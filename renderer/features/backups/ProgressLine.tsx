import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from '../../db/repos/backup';
import { localeOf } from '../../i18n/locale';

/** A labelled progress bar: determinate while records are counted, indeterminate while the checksum is computed. */
export function ProgressLine({ progress, label }: { progress: BackupProgress; label: string }) {
  const { t, i18n } = useTranslation('backups');
  const number = (n: number) => n.toLocaleString(localeOf(i18n.language));
  const table = progress.table ? t(`tables.${progress.table}`, { defaultValue: progress.table }) : '';
  const text =
    progress.phase === 'sealing'
      ? t('backup.sealing')
      : progress.phase === 'checking'
        ? t('restore.checking')
        : progress.phase === 'writing'
          ? t('restore.writing', { table, done: number(progress.done), total: number(progress.total) })
          : t('backup.reading', { table, done: number(progress.done), total: number(progress.total) });
  const value = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {text}
      </Typography>
      <LinearProgress aria-label={label} variant={value === undefined ? 'indeterminate' : 'determinate'} value={value} sx={{ mt: 1 }} />
    </Box>
  );
}
