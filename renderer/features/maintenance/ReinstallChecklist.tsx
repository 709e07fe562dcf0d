import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  FormGroup,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cloudBackupsIncluded } from '../../../shared/licensing/evaluations';
import { formatDay } from '../../reminders/format';
import { useNavigation } from '../../store/navigation';
import type { MaintenanceRow } from './rows';

/** "Before reinstalling Conex Server" for one license (R-ACC-4): what to back up and keep, ticked off one by one. */
export function ReinstallChecklist({ row, supported, onClose }: { row: MaintenanceRow; supported: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('maintenance');
  const { license } = row;
  const cloudEvaluation = license.deployment === 'cloud' && license.type === 'evaluation' && !cloudBackupsIncluded(license);
  const maintained = row.status.kind === 'active' || row.status.kind === 'expiring';
  const items = [
    t('reinstall.serverBackup'),
    t('reinstall.appBackup'),
    t('reinstall.key', { sen: license.sen }),
    t('reinstall.server', { serverId: license.serverId }),
    t('reinstall.version', { supported }),
    maintained ? t('reinstall.maintenance', { date: formatDay(license.maintenanceEnd, i18n.language) }) : t('reinstall.noMaintenance'),
  ];
  const [done, setDone] = useState<boolean[]>(items.map(() => false));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="reinstall-title">
      <DialogTitle id="reinstall-title">{t('reinstall.title', { sen: license.sen })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('reinstall.intro')}</DialogContentText>
        {cloudEvaluation && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('reinstall.cloudEvaluation')}
          </Alert>
        )}
        <FormGroup aria-label={t('reinstall.checklistLabel')}>
          {items.map((item, i) => (
            <FormControlLabel
              key={item}
              sx={{ alignItems: 'flex-start', mb: 1 }}
              control={
                <Checkbox
                  checked={done[i] ?? false}
                  onChange={(e) => setDone(done.map((d, j) => (j === i ? e.target.checked : d)))}
                  sx={{ pt: 0 }}
                />
              }
              label={item}
            />
          ))}
        </FormGroup>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            onClose();
            useNavigation.getState().go({ screen: 'backups', intent: { kind: 'back-up' } });
          }}
        >
          {t('reinstall.backUpApp')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {t('common:close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
