import { Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { loadBackupSettings } from '../../db/repos/backup-settings';
import { useOpenedFile, type OpenedFile } from '../../reminders/opened-file';
import { useNavigation } from '../../store/navigation';
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
  const params = useNavigation((s) => s.params);
  const handled = useRef<Record<string, string> | null>(null);
  const [opened, setOpened] = useState<OpenedFile | null>(null);

  // Ctrl/Cmd+B and the menu's "Back up now" open this screen with { run: 'backup' }.
  // A .conexbackup opened from the system arrives with { restore: 'opened' }.
  useEffect(() => {
    if (handled.current === params) return;
    handled.current = params;
    if (params.run === 'backup') void backUp.run();
    if (params.restore === 'opened') setOpened(useOpenedFile.getState().take('backup'));
  }, [params, backUp]);

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
