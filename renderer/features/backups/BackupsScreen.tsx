import { Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { loadBackupSettings } from '../../db/repos/backup-settings';
import { useOpenedFile, type OpenedFile } from '../../reminders/opened-file';
import { useOncePerNavigation } from '../../store/navigation';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AutoBackupSection } from './AutoBackupSection';
import { BackUpSection } from './BackUpSection';
import { NeedsAttentionSection } from './NeedsAttentionSection';
import { RestoreSection } from './RestoreSection';
import { Section } from './Section';
import { useBackUp } from './use-back-up';

/** Backups of this app's own data (R-ACC-4): back up now, restore, automatic backups, and the Conex Server reminder. */
export default function BackupsScreen() {
  const { t } = useTranslation('backups');
  const settings = useLiveQuery(() => loadBackupSettings(db()), []);
  const backUp = useBackUp();
  const [opened, setOpened] = useState<OpenedFile | null>(null);

  // Ctrl/Cmd+B and the menu's "Back up now" open this screen to back up; a .conexbackup opened from the system, to
  // restore it. Once per navigation: a re-render does not back up again, pressing Ctrl/Cmd+B again does.
  useOncePerNavigation('backups', (route) => {
    if (route?.intent?.kind === 'back-up') void backUp.run();
    if (route?.intent?.kind === 'restore-opened') setOpened(useOpenedFile.getState().take('backup'));
  });

  return (
    <>
      <ScreenHeader title={t('title')} />
      <NeedsAttentionSection />
      <BackUpSection onRun={() => void backUp.run()} progress={backUp.progress} settings={settings} />
      <RestoreSection onBackUpFirst={backUp.run} opened={opened} />
      <AutoBackupSection settings={settings} />
      <Section id="reinstall-title" title={t('reinstall.title')}>
        <Typography>{t('reinstall.body')}</Typography>
      </Section>
    </>
  );
}
