import { Alert, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../store/navigation';
import { useSyncStatus } from '../../sync/status-store';
import { formatWhen, messageText } from './format';

/** Everything about sync in one place: connection, last sync, what waits, the last error, and the actions. */
export function SyncPanel({
  onSyncNow,
  onShowLog,
  onReview,
  onClose,
}: {
  onSyncNow: () => void;
  onShowLog: () => void;
  onReview: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('sync');
  const go = useNavigation((s) => s.go);
  const status = useSyncStatus();
  const explain =
    status.phase === 'not-configured'
      ? t('status.notConfigured')
      : status.phase === 'signed-out'
        ? t('status.signedOut')
        : !status.online
          ? t('status.offline')
          : null;
  return (
    <Stack spacing={1.5} sx={{ p: 2, maxWidth: 360 }} aria-labelledby="sync-panel-title">
      <Typography variant="h6" component="h2" id="sync-panel-title">
        {t('status.title')}
      </Typography>
      <Typography>
        {t(`status.phase.${status.phase}`)} · {status.online ? t('status.online') : t(`status.phase.offline`)}
      </Typography>
      {explain && <Typography color="text.secondary">{explain}</Typography>}
      {status.account && <Typography color="text.secondary">{t('signIn.signedInAs', { email: status.account.email })}</Typography>}
      <Typography>
        {status.lastSyncedAt ? t('status.lastSynced', { when: formatWhen(status.lastSyncedAt, i18n.language) }) : t('status.never')}
      </Typography>
      <Typography>{t('status.waiting', { count: status.waiting })}</Typography>
      {status.conflicts > 0 && <Typography color="warning.main">{t('status.conflicts', { count: status.conflicts })}</Typography>}
      {status.setAside > 0 && <Typography color="error.main">{t('status.setAside', { count: status.setAside })}</Typography>}
      {status.lastError && <Alert severity="error">{t('status.lastError', { message: messageText(t, status.lastError) })}</Alert>}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {status.phase === 'signed-out' || status.phase === 'not-configured' ? (
          <Button
            variant="contained"
            onClick={() => {
              onClose();
              go({ screen: 'settings' });
            }}
          >
            {t('status.signIn')}
          </Button>
        ) : (
          <Button variant="contained" onClick={onSyncNow} disabled={status.phase === 'syncing' || !status.online}>
            {t('status.syncNow')}
          </Button>
        )}
        <Button variant="outlined" onClick={onShowLog}>
          {t('status.showLog')}
        </Button>
        {status.conflicts > 0 && (
          <Button variant="outlined" color="warning" onClick={onReview}>
            {t('status.review')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
