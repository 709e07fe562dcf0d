import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionSummary } from './option-totals';

interface Props {
  options: readonly OptionSummary[];
  /** Submits the option chosen; resolves to the refusal in the user's language, or '' when done. */
  onChoose: (optionId: string) => Promise<string>;
  onClose: () => void;
}

/** "Submit Order" on a quote with options asks which one the customer orders: only that one is sent (issue 20). */
export function ChooseOptionDialog({ options, onChoose, onClose }: Props) {
  const { t } = useTranslation('quotes');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return setError(t('errors.optionNotChosen'));
    const refusal = await onChoose(chosen);
    if (refusal) setError(refusal);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="choose-option-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="choose-option-title">{t('options.chooseTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('options.chooseBody')}</DialogContentText>
          <FormControl error={Boolean(error)}>
            <FormLabel id="choose-option-label">{t('options.chooseLabel')}</FormLabel>
            <RadioGroup
              aria-labelledby="choose-option-label"
              value={chosen}
              onChange={(e) => {
                setChosen(e.target.value);
                setError('');
              }}
            >
              {options.map((o) => (
                <FormControlLabel key={o.id} value={o.id} control={<Radio />} label={o.text} />
              ))}
            </RadioGroup>
          </FormControl>
          {error && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('options.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('options.chooseConfirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
