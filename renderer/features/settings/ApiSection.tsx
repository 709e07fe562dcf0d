import { Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsSchema } from '../../db/repos/settings';
import { useSettings } from '../../store/settings';
import { useToast } from '../../store/toast';

/** The Conex API address the app syncs with when online. */
export function ApiSection() {
  const { t } = useTranslation('settings');
  const stored = useSettings((s) => s.settings.apiUrl);
  const set = useSettings((s) => s.set);
  const toast = useToast((s) => s.show);
  const [value, setValue] = useState(stored);
  const [error, setError] = useState('');

  const save = async () => {
    const parsed = settingsSchema.shape.apiUrl.safeParse(value.trim());
    if (!parsed.success) return setError(t('api.invalid'));
    setError('');
    await set('apiUrl', parsed.data);
    toast({ severity: 'success', message: t('api.saved') });
  };

  return (
    <Stack spacing={2} component="section" aria-labelledby="settings-api">
      <Typography variant="h6" component="h2" id="settings-api">
        {t('api.title')}
      </Typography>
      <Typography color="text.secondary">{t('api.body')}</Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('api.address')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={Boolean(error)}
          helperText={error || t('api.help')}
          sx={{ flexGrow: 1, maxWidth: 480 }}
          slotProps={{ htmlInput: { inputMode: 'url', spellCheck: false } }}
        />
        <Button variant="outlined" onClick={save} sx={{ mt: 1 }}>
          {t('api.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
