import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { parseThresholds, resetThresholds, setThresholds } from '../../db/repos/reminders';
import { useToast } from '../../store/toast';

interface Props {
  entity: { id: string; name: string };
  current: readonly number[];
  onClose: () => void;
}

/** Edits the reminder thresholds of one entity ("90, 60, 30, 7"), or goes back to the default. */
export function ThresholdsDialog({ entity, current, onClose }: Props) {
  const { t } = useTranslation('maintenance');
  const [text, setText] = useState(current.join(', '));
  const [error, setError] = useState('');
  const saved = () => {
    useToast
      .getState()
      .show({ severity: 'success', ns: 'maintenance', message: (t) => t('reminders.settings.saved', { entity: entity.name }) });
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseThresholds(text);
    if (!parsed.ok) return setError(t(parsed.error.messageKey));
    const result = await setThresholds(db(), entity.id, parsed.value, new Date());
    if (!result.ok) return setError(t(result.error.messageKey, result.error.params));
    saved();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="thresholds-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="thresholds-title">{t('reminders.settings.dialogTitle', { entity: entity.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('reminders.settings.intro')}</DialogContentText>
          <TextField
            label={t('reminders.settings.field')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
            fullWidth
            error={error !== ''}
            helperText={error || t('reminders.settings.help')}
          />
        </DialogContent>
        <DialogActions>
          <Button
            onClick={async () => {
              await resetThresholds(db(), entity.id);
              saved();
            }}
          >
            {t('reminders.settings.useDefault')}
          </Button>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('common:save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
