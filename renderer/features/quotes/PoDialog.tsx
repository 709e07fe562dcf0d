import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PO_NUMBER_MAX, type Quote } from '../../../shared/quote';
import { db } from '../../db/database';
import { updatePoNumber } from '../../db/repos/quotes';
import { errorText } from './errors';
import { ltrInputProps } from '../../ui/Ltr';

/** "Update PO#" on a quote or order (R-ORD-6, R-ORD-7); a refused PO changes nothing. */
export function PoDialog({ quote, onClose, onSaved }: { quote: Quote; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('quotes');
  const [value, setValue] = useState(quote.poNumber ?? '');
  const [error, setError] = useState('');
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = await updatePoNumber(db(), quote.id, value, new Date());
    if (!result.ok) return setError(errorText(t, result.error));
    onSaved();
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="po-dialog-title">
      <form onSubmit={save} noValidate>
        <DialogTitle id="po-dialog-title">{t('list.poTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            label={t('fields.poNumber')}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError('');
            }}
            autoFocus
            fullWidth
            sx={{ mt: 1 }}
            error={Boolean(error)}
            helperText={error || t('fields.poHelp', { max: PO_NUMBER_MAX })}
            slotProps={{ htmlInput: ltrInputProps }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('common:save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
