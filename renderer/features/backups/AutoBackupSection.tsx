import FolderIcon from '@mui/icons-material/FolderOpen';
import { Alert, Box, Button, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { updateAutoBackup, type AutoBackup, type BackupSettings } from '../../db/repos/backup-settings';
import { i18next } from '../../i18n';
import { platform } from '../../platform';
import { runAutoBackupIfDue } from '../../reminders/auto-backup';
import { formatInstant } from '../../reminders/format';
import { useToast } from '../../store/toast';
import { Section } from './Section';

const INTERVALS = [1, 6, 12, 24, 168] as const;

/** Automatic backups to a folder, on a schedule, keeping the last N (desktop app); the web build says how it backs up instead. */
export function AutoBackupSection({ settings }: { settings?: BackupSettings }) {
  const { t, i18n } = useTranslation('backups');
  const bridge = platform();
  const [keepText, setKeepText] = useState('');
  const [running, setRunning] = useState(false);
  const auto = settings?.auto;
  useEffect(() => {
    if (auto) setKeepText(String(auto.keep));
  }, [auto]);

  if (!bridge.supportsBackupFolder) {
    return (
      <Section id="auto-backup-title" title={t('auto.title')}>
        <Typography>{t('auto.web')}</Typography>
      </Section>
    );
  }
  if (!auto) return null;

  const save = async (patch: Partial<AutoBackup>) => {
    await updateAutoBackup(db(), patch);
    useToast.getState().show({ severity: 'success', ns: 'backups', message: (t) => t('auto.saved') });
  };
  const keepNumber = Number(keepText);
  const keepValid = /^\d{1,3}$/.test(keepText) && keepNumber >= 1 && keepNumber <= 100;
  const last = settings.lastAuto;

  return (
    <Section id="auto-backup-title" title={t('auto.title')} intro={t('auto.intro')}>
      <Stack spacing={2}>
        <FormControlLabel
          control={<Switch checked={auto.enabled} onChange={(e) => void save({ enabled: e.target.checked })} />}
          label={t('auto.enabled')}
        />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography>
            {t('auto.folder')}: {auto.folder ?? t('auto.noFolder')}
          </Typography>
          <Button
            variant="outlined"
            startIcon={<FolderIcon />}
            onClick={async () => {
              const folder = await bridge.chooseBackupFolder();
              if (folder) await save({ folder });
            }}
          >
            {t('auto.chooseFolder')}
          </Button>
        </Box>
        <Stack direction="row" spacing={2}>
          <TextField
            select
            label={t('auto.every')}
            value={auto.intervalHours}
            onChange={(e) => void save({ intervalHours: Number(e.target.value) })}
            sx={{ minWidth: 160 }}
          >
            {INTERVALS.map((h) => (
              <MenuItem key={h} value={h}>
                {t(`auto.interval.${h}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('auto.keep')}
            value={keepText}
            onChange={(e) => setKeepText(e.target.value)}
            onBlur={() => keepValid && keepNumber !== auto.keep && void save({ keep: keepNumber })}
            error={!keepValid}
            helperText={t('auto.keepHelp')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Stack>
        <Box>
          <Button
            variant="outlined"
            disabled={running || !auto.folder}
            onClick={async () => {
              if (!auto.folder) return;
              setRunning(true);
              const toast = useToast.getState().show;
              const outcome = await runAutoBackupIfDue(
                { database: db(), bridge, now: () => new Date(), t: i18next.t.bind(i18next), toast },
                true,
              );
              setRunning(false);
              if (outcome === 'off') toast({ severity: 'info', ns: 'backups', message: (t) => t('auto.needFolder') });
            }}
          >
            {t('auto.runNow')}
          </Button>
        </Box>
        {last &&
          (last.error ? (
            <Alert severity="error">{t('auto.lastFailed', { date: formatInstant(last.at, i18n.language), detail: last.error })}</Alert>
          ) : (
            <Typography>{t('auto.lastOk', { date: formatInstant(last.at, i18n.language), path: last.path ?? '' })}</Typography>
          ))}
      </Stack>
    </Section>
  );
}
