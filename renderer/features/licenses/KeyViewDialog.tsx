import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { armourKey } from '../../../shared/keys/normalize';
import { REQUIRED_PAYLOAD_FIELDS, type KeyPayload, type PayloadField } from '../../../shared/keys/payload';
import type { VerifiedKey } from '../../../shared/keys/verify';
import { evaluationEndText, formatDay, formatInstant } from './format';
import { ltrInputProps } from '../../ui/Ltr';

const SHOWN: readonly PayloadField[] = [...REQUIRED_PAYLOAD_FIELDS.filter((f) => f !== 'kid'), 'evaluationEnd'];

function fieldValue(payload: KeyPayload, field: PayloadField, language: string, t: TFunction): string | undefined {
  const value = payload[field];
  if (value === undefined) return undefined;
  if (field === 'issued') return formatInstant(String(value), language);
  // The end of an evaluation with its time, or the time a date-only key ends at (R-EVAL-1).
  if (field === 'evaluationEnd') return evaluationEndText(t, payload, language);
  if (field === 'maintenanceStart' || field === 'maintenanceEnd') return formatDay(String(value), language);
  if (field === 'product') return t(`keys:products.${String(value)}`);
  if (field === 'deployment') return t(`keys:deployments.${String(value)}`);
  if (field === 'type') return t(`keys:types.${String(value)}`);
  return String(value);
}

/** A past or current key, read from its signed content, with the key text to copy. */
export function KeyViewDialog({ verified, onClose }: { verified: VerifiedKey; onClose: () => void }) {
  const { t, i18n } = useTranslation('licenses');
  const issued = formatInstant(verified.payload.issued, i18n.language);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="view-key-title">
      <DialogTitle id="view-key-title">{t('history.viewTitle', { issued })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1}>
            <Chip color="success" variant="outlined" label={t('keys:paste.verified')} />
            {verified.sandbox && <Chip color="warning" label={t('keys:paste.sandbox')} />}
          </Stack>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
            {SHOWN.map((field) => {
              const value = fieldValue(verified.payload, field, i18n.language, t);
              if (value === undefined) return null;
              return (
                <Box key={field} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" color="text.secondary">
                    {t(`keys:fields.${field}`)}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                    {value}
                  </Typography>
                </Box>
              );
            })}
          </Box>
          <TextField
            label={t('keys:paste.label')}
            value={armourKey(verified.canonical)}
            multiline
            slotProps={{ htmlInput: { ...ltrInputProps, readOnly: true, spellCheck: false } }}
            sx={{ '& textarea': { fontFamily: 'monospace', fontSize: 12 } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
