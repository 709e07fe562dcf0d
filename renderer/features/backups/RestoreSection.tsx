import RestoreIcon from '@mui/icons-material/SettingsBackupRestore';
import { Alert, Button, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_EXTENSION, type BackupContents } from '../../../shared/backup';
import { db } from '../../db/database';
import { readBackup, type BackupProgress } from '../../db/repos/backup';
import { restoreBackup, type RestoreMode } from '../../db/repos/backup-restore';
import { applyDigits, switchLanguage } from '../../i18n';
import { onUnexpectedError } from '../../lib/unexpected-error';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import type { OpenedFile } from '../../reminders/opened-file';
import { useSettings } from '../../store/settings';
import { useToast } from '../../store/toast';
import { ProgressLine } from './ProgressLine';
import { RestoreDialog } from './RestoreDialog';
import { Section } from './Section';

type State =
  | { step: 'idle' }
  | { step: 'checking'; file: string }
  | { step: 'refused'; file: string; reason: string }
  | { step: 'review'; file: string; contents: BackupContents }
  | { step: 'failed'; reason: string }
  | { step: 'done'; written: number; kept: number };

/** Restore: pick a file, check all of it, show it, choose replace or merge, remind about Conex Server, then write it all or nothing. */
export function RestoreSection({ onBackUpFirst, opened }: { onBackUpFirst: () => Promise<boolean>; opened?: OpenedFile | null }) {
  const { t } = useTranslation('backups');
  const [state, setState] = useState<State>({ step: 'idle' });
  const [progress, setProgress] = useState<BackupProgress | null>(null);

  // A table named in a message is named in the user's language.
  const message = (error: { messageKey: string; params?: Record<string, string | number> }) => {
    const table = error.params?.table;
    const params = table === undefined ? error.params : { ...error.params, table: t(`tables.${table}`, { defaultValue: String(table) }) };
    return t(error.messageKey, params);
  };
  const check = async (file: OpenedFile) => {
    setState({ step: 'checking', file: file.name });
    try {
      const read = await readBackup(db(), file.data);
      if (!read.ok) return setState({ step: 'refused', file: file.name, reason: message(read.error) });
      setState({ step: 'review', file: file.name, contents: read.value });
    } catch (error) {
      // A bug, never a user's mistake: logged, and the section never stays on "checking".
      onUnexpectedError(error, { context: 'backup check failed' });
      setState({ step: 'refused', file: file.name, reason: t('errors.unreadable') });
    }
  };
  const pick = async () => {
    const picked = await platform().openFile({ filters: [{ name: t('backup.fileFilter'), extensions: [BACKUP_EXTENSION, 'json'] }] });
    if (!picked.ok) return showHostError(picked.error);
    if (picked.value) await check(picked.value);
  };
  // A backup file double-clicked in the system goes through the same checks and dialog.
  useEffect(() => {
    if (opened) void check(opened);
  }, [opened]);

  const restore = async (contents: BackupContents, mode: RestoreMode) => {
    setProgress({ phase: 'writing', done: 0, total: 0 });
    const result = await restoreBackup(db(), contents, mode, { now: new Date(), onProgress: setProgress }).catch((error: unknown) => {
      onUnexpectedError(error, { context: 'restore failed' });
      return { ok: false as const, error: { messageKey: 'backups:errors.unreadable' } };
    });
    setProgress(null);
    if (!result.ok) return setState({ step: 'failed', reason: message(result.error) });
    const tables = Object.values(result.value.tables);
    const written = tables.reduce((n, x) => n + x.written, 0);
    const kept = tables.reduce((n, x) => n + x.kept, 0);
    // Language and theme may have come back with the settings.
    const settings = await useSettings.getState().load();
    applyDigits(settings.digits);
    if (settings.language) await switchLanguage(settings.language);
    setState({ step: 'done', written, kept });
    useToast.getState().show({ severity: 'success', ns: 'backups', message: (t) => t('restore.done', { count: written }) });
  };

  return (
    <Section id="restore-title-section" title={t('restore.title')} intro={t('restore.intro')}>
      <Button
        variant="outlined"
        startIcon={<RestoreIcon />}
        onClick={() => void pick()}
        disabled={state.step === 'checking' || progress !== null}
      >
        {t('restore.button')}
      </Button>
      {state.step === 'checking' && <ProgressLine progress={{ phase: 'checking', done: 0, total: 0 }} label={t('restore.checking')} />}
      {state.step === 'refused' && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {t('restore.refused', { file: state.file, reason: state.reason })}
        </Alert>
      )}
      {state.step === 'failed' && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {t('restore.failed', { reason: state.reason })}
        </Alert>
      )}
      {state.step === 'done' && (
        <Typography role="status" sx={{ mt: 2 }}>
          {t('restore.done', { count: state.written })} {state.kept > 0 ? t('restore.kept', { count: state.kept }) : ''}{' '}
          {t('restore.afterSync')}
        </Typography>
      )}
      {state.step === 'review' && (
        <RestoreDialog
          contents={state.contents}
          progress={progress}
          onBackUpFirst={onBackUpFirst}
          onRestore={(mode) => void restore(state.contents, mode)}
          onClose={() => setState({ step: 'idle' })}
        />
      )}
    </Section>
  );
}
