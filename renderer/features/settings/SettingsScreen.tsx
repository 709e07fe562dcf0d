import { Divider, Stack } from '@mui/material';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsSections } from '../../contributions/slots';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AboutSection } from './AboutSection';
import { ApiSection } from './ApiSection';
import { AppearanceSection } from './AppearanceSection';
import { UpdatesSection } from './UpdatesSection';

/** Settings: language, theme, the Conex API, what other features add (sync, account), updates, and About. */
export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <>
      <ScreenHeader title={t('title')} />
      <Stack spacing={4} divider={<Divider />} sx={{ maxWidth: 760 }}>
        <AppearanceSection />
        <ApiSection />
        {/* Each contributed section is its own child, so the dividers fall between sections. */}
        {settingsSections.entries().map(({ id, Component }) => (
          <Suspense key={id} fallback={null}>
            <Component />
          </Suspense>
        ))}
        <UpdatesSection />
        <AboutSection />
      </Stack>
    </>
  );
}
