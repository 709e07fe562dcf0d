import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { switchLanguage, type Language } from '../../i18n';
import { useSettings } from '../../store/settings';

/** Language and theme; both apply at once and are remembered. */
export function AppearanceSection() {
  const { t, i18n } = useTranslation('settings');
  const theme = useSettings((s) => s.settings.theme);
  const set = useSettings((s) => s.set);
  return (
    <Stack spacing={2} component="section" aria-labelledby="settings-appearance">
      <Typography variant="h6" component="h2" id="settings-appearance">
        {t('appearance.title')}
      </Typography>
      <TextField
        select
        label={t('appearance.language')}
        value={i18n.language}
        onChange={async (e) => {
          const language = e.target.value as Language;
          await switchLanguage(language);
          await set('language', language);
        }}
        sx={{ maxWidth: 320 }}
      >
        <MenuItem value="en" lang="en">
          English
        </MenuItem>
        <MenuItem value="fr" lang="fr">
          Français
        </MenuItem>
      </TextField>
      <TextField
        select
        label={t('appearance.theme')}
        value={theme}
        onChange={(e) => void set('theme', e.target.value as 'light' | 'dark' | 'system')}
        sx={{ maxWidth: 320 }}
      >
        <MenuItem value="system">{t('appearance.themes.system')}</MenuItem>
        <MenuItem value="light">{t('appearance.themes.light')}</MenuItem>
        <MenuItem value="dark">{t('appearance.themes.dark')}</MenuItem>
      </TextField>
    </Stack>
  );
}
