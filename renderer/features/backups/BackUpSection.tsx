import BackupIcon from '@mui/icons-material/Backup';
import { Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from '../../db/repos/backup';
import { lastSuccessfulBackup, type BackupSettings } from '../../db/repos/backup-settings';
import { formatInstant } from '../../reminders/format';
import { ProgressLine } from './ProgressLine';
import { Section } from './Section';

/** "Back up now", with its progress and when the last backup was saved. */
export function BackUpSection({
  onRun,
  progress,
  settings,
}: {
  onRun: () => void;
  progress: BackupProgress | null;
  settings?: BackupSettings;
}) {
  const { t, i18n } = useTranslation('backups');
  const last = settings ? lastSuccessfulBackup(settings) : undefined;
  const restored = settings?.lastRestore;
  return (
    <Section id="backup-now-title" title={t('backup.title')} intro={t('backup.intro')}>
      <Button variant="contained" startIcon={<BackupIcon />} onClick={onRun} disabled={progress !== null}>
        {t('backup.button')}
      </Button>
      <Typography sx={{ mt: 2 }}>{last ? t('backup.last', { date: formatInstant(last, i18n.language) }) : t('backup.never')}</Typography>
      {restored && (
        <Typography sx={{ mt: 1 }}>
          {t('backup.lastRestored', {
            restored: formatInstant(restored.at, i18n.language),
            taken: formatInstant(restored.backupCreatedAt, i18n.language),
          })}
        </Typography>
      )}
      {progress && <ProgressLine progress={progress} label={t('backup.running')} />}
    </Section>
  );
}
