import {
  Alert,
  AlertTitle,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupContents } from '../../../shared/backup';
import type { BackupProgress } from '../../db/repos/backup';
import type { RestoreMode } from '../../db/repos/backup-restore';
import { localeOf } from '../../i18n/locale';
import { formatInstant } from '../../reminders/format';
import { ProgressLine } from './ProgressLine';

interface Props {
  contents: BackupContents;
  progress: BackupProgress | null;
  onBackUpFirst: () => Promise<boolean>;
  onRestore: (mode: RestoreMode) => void;
  onClose: () => void;
}

/** What the backup holds, replace or merge, then the Conex Server backup reminder (R-ACC-4), then the restore with its progress. */
export function RestoreDialog({ contents, progress, onBackUpFirst, onRestore, onClose }: Props) {
  const { t, i18n } = useTranslation('backups');
  const [step, setStep] = useState<'summary' | 'confirm'>('summary');
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [backedUp, setBackedUp] = useState(false);
  const [backingUp, setBackingUp] = useState(false);
  const busy = progress !== null;
  const leftOut = Object.entries(contents.leftOut ?? {});

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="restore-title">
      <DialogTitle id="restore-title">{t('restore.dialogTitle')}</DialogTitle>
      <DialogContent>
        {step === 'summary' ? (
          <>
            <Typography sx={{ mb: 2 }}>
              {t('restore.made', { date: formatInstant(contents.createdAt, i18n.language), version: contents.appVersion })}
            </Typography>
            {/* The choice comes before the list of tables, which can be long: it is in view without scrolling, at 1024x700 too. */}
            <FormControl sx={{ mb: 2 }}>
              <FormLabel id="restore-mode">{t('restore.mode')}</FormLabel>
              <RadioGroup aria-labelledby="restore-mode" value={mode} onChange={(e) => setMode(e.target.value as RestoreMode)}>
                <FormControlLabel value="replace" control={<Radio />} label={t('restore.replace')} />
                <FormControlLabel value="merge" control={<Radio />} label={t('restore.merge')} />
              </RadioGroup>
            </FormControl>
            <Table size="small" aria-label={t('restore.contents')} sx={{ mb: 3 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('restore.table')}</TableCell>
                  <TableCell align="right">{t('restore.records')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {Object.entries(contents.tables).map(([name, rows]) => (
                  <TableRow key={name}>
                    <TableCell component="th" scope="row">
                      {t(`tables.${name}`, { defaultValue: name })}
                    </TableCell>
                    <TableCell align="right">{rows.length.toLocaleString(localeOf(i18n.language))}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {leftOut.length > 0 && (
              <Typography sx={{ mb: 3 }}>
                {t('restore.leftOut', {
                  list: leftOut
                    .map(
                      ([name, count]) =>
                        `${t(`tables.${name}`, { defaultValue: name })} (${count.toLocaleString(localeOf(i18n.language))})`,
                    )
                    .join(', '),
                })}
              </Typography>
            )}
          </>
        ) : (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              <AlertTitle>{t('serverReminder.title')}</AlertTitle>
              {t('serverReminder.body')}
            </Alert>
            <Typography sx={{ mb: 1 }}>{t('serverReminder.appBackup')}</Typography>
            <Button
              variant="outlined"
              disabled={busy || backingUp}
              onClick={async () => {
                setBackingUp(true);
                setBackedUp(await onBackUpFirst());
                setBackingUp(false);
              }}
            >
              {t('serverReminder.backUpFirst')}
            </Button>
            {backedUp && (
              <Typography role="status" sx={{ mt: 1 }}>
                {t('serverReminder.backedUp')}
              </Typography>
            )}
            {progress && <ProgressLine progress={progress} label={t('restore.progressLabel')} />}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common:cancel')}
        </Button>
        {step === 'summary' ? (
          <Button variant="contained" onClick={() => setStep('confirm')}>
            {t('restore.next')}
          </Button>
        ) : (
          <>
            <Button onClick={() => setStep('summary')} disabled={busy}>
              {t('restore.back')}
            </Button>
            <Button variant="contained" disabled={busy || backingUp} onClick={() => onRestore(mode)}>
              {mode === 'replace' ? t('restore.confirmReplace') : t('restore.confirmMerge')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
