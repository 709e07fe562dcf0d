import { Divider, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AccountSection } from '../account/AccountSection';
import { AboutSection } from './AboutSection';
import { ApiSection } from './ApiSection';
import { AppearanceSection } from './AppearanceSection';
import { SyncSection } from './SyncSection';
import { UpdatesSection } from './UpdatesSection';

/** Settings: language, theme, the Conex API, updates, and About. */
export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <>
      <ScreenHeader title={t('title')} />
      <Stack spacing={4} divider={<Divider />} sx={{ maxWidth: 760 }}>
        <AppearanceSection />
        <ApiSection />
        <SyncSection />
        <AccountSection />
        <UpdatesSection />
        <AboutSection />
      </Stack>
    </>
  );
}
