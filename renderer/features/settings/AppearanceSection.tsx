import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { applyDigits, LANGUAGE_NAMES, LANGUAGES, localeOf, switchLanguage, type Digits, type Language } from '../../i18n';
import { useSettings } from '../../store/settings';

/** Language, Arabic digits and theme; all apply at once and are remembered. */
export function AppearanceSection() {
  const { t, i18n } = useTranslation('settings');
  const theme = useSettings((s) => s.settings.theme);
  const digits = useSettings((s) => s.settings.digits);
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
        {LANGUAGES.map((l) => (
          <MenuItem key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </MenuItem>
        ))}
      </TextField>
      {i18n.language === 'ar' && (
        <TextField
          select
          label={t('appearance.digits')}
          value={digits}
          onChange={async (e) => {
            const next = e.target.value as Digits;
            applyDigits(next);
            await set('digits', next);
          }}
          helperText={t('appearance.digitsHelp', { sample: new Intl.NumberFormat(localeOf(i18n.language)).format(1234567.89) })}
          sx={{ maxWidth: 320 }}
        >
          <MenuItem value="latn">{t('appearance.digitsLatn')}</MenuItem>
          <MenuItem value="arab">{t('appearance.digitsArab')}</MenuItem>
        </TextField>
      )}
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
