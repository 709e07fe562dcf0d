import { Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { buildApiUrl } from '../../sync/api-url';

/**
 * The Conex API address the app syncs with. It is fixed when the app is built
 * and cannot be changed here: the API token is bound to it, and a store or a
 * backup that named another address could otherwise send the token there.
 */
export function ApiSection() {
  const { t } = useTranslation('settings');
  const address = buildApiUrl();
  return (
    <Stack spacing={2} component="section" aria-labelledby="settings-api">
      <Typography variant="h6" component="h2" id="settings-api">
        {t('api.title')}
      </Typography>
      <Typography color="text.secondary">{address ? t('api.body') : t('api.none')}</Typography>
      {address && (
        <TextField
          label={t('api.address')}
          value={address}
          helperText={t('api.fixed')}
          sx={{ maxWidth: 480 }}
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
        />
      )}
    </Stack>
  );
}
