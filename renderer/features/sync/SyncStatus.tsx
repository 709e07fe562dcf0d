import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import { Box, ButtonBase, IconButton, Popover, Typography } from '@mui/material';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus, type SyncPhase } from '../../sync/status-store';
import { NewKeyPrompt } from './NewKeyPrompt';
import { SyncPanel } from './SyncPanel';
import { localeOf } from '../../i18n/locale';

// The log, the conflict chooser and the sync engine load when first asked for: the indicator is on every first screen.
const SyncLogDialog = lazy(() => import('./SyncLogDialog').then((m) => ({ default: m.SyncLogDialog })));
const ConflictDialog = lazy(() => import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })));

const icons: Record<SyncPhase, typeof CloudDoneIcon> = {
  'not-configured': CloudOffIcon,
  'signed-out': CloudOffIcon,
  offline: CloudOffIcon,
  idle: CloudDoneIcon,
  syncing: CloudSyncIcon,
  error: ErrorIcon,
};

/**
 * The sync indicator at the foot of the navigation rail, always in view:
 * connected or not, when it last synced, how many changes wait, a mark when the
 * last sync failed, and "Sync now". It opens the full status, the log, the
 * conflict chooser; it also shows the new key prompt. Sync itself runs from
 * the app's services (app/services.ts), whether or not this is drawn.
 */
export function SyncStatus() {
  const { t, i18n } = useTranslation('sync');
  const status = useSyncStatus();
  const anchor = useRef<HTMLButtonElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const [reviewOpen, setReviewOpen] = useState(false);
  const phase: SyncPhase = !status.online && status.phase !== 'not-configured' ? 'offline' : status.phase;
  const Icon = icons[phase];
  const state = t(`status.phase.${phase}`);
  const syncNow = () => void import('../../sync/runtime').then(({ syncEngine }) => syncEngine().sync({ force: true }));
  const time = status.lastSyncedAt
    ? new Intl.DateTimeFormat(localeOf(i18n.language), { timeStyle: 'short' }).format(new Date(status.lastSyncedAt))
    : null;

  return (
    <>
      {/* At the foot of the rail's items; the rail keeps the room below for the reminders bell. */}
      <Box
        sx={{
          mt: 'auto',
          mx: 1,
          pt: 1,
          borderTop: 1,
          borderColor: 'divider',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 0.25,
        }}
      >
        <ButtonBase
          ref={anchor}
          onClick={() => setPanelOpen(true)}
          aria-label={t('status.label', { state })}
          aria-haspopup="dialog"
          sx={{
            flexDirection: 'column',
            borderRadius: 2,
            px: 0.5,
            py: 0.5,
            width: '100%',
            '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main' },
          }}
        >
          <Icon color={phase === 'error' ? 'error' : phase === 'idle' ? 'primary' : 'action'} />
          <Typography variant="caption" role="status" sx={{ textAlign: 'center', lineHeight: 1.2 }} data-testid="sync-phase">
            {state}
          </Typography>
        </ButtonBase>
        <Typography
          variant="caption"
          color="text.secondary"
          data-testid="sync-waiting"
          title={t('status.waiting', { count: status.waiting })}
        >
          {t('status.waiting', { count: status.waiting })}
        </Typography>
        {time && (
          <Typography variant="caption" color="text.secondary" title={t('status.lastSynced', { when: time })}>
            {time}
          </Typography>
        )}
        {status.conflicts > 0 && (
          <ButtonBase onClick={() => setReviewOpen(true)} sx={{ borderRadius: 1, px: 0.5 }}>
            <Typography variant="caption" color="warning.main" sx={{ textAlign: 'center' }}>
              {t('status.conflicts', { count: status.conflicts })}
            </Typography>
          </ButtonBase>
        )}
        <IconButton
          size="small"
          onClick={syncNow}
          aria-label={t('status.syncNow')}
          title={t('status.syncNow')}
          disabled={phase !== 'idle' && phase !== 'error'}
        >
          <SyncIcon fontSize="small" />
        </IconButton>
      </Box>
      <Popover
        open={panelOpen}
        anchorEl={anchor.current}
        onClose={() => setPanelOpen(false)}
        anchorOrigin={{ vertical: 'top', horizontal: 'right' }}
        transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': 'sync-panel-title' } }}
      >
        <SyncPanel
          onSyncNow={syncNow}
          onShowLog={() => {
            setPanelOpen(false);
            setLogOpen(true);
          }}
          onReview={() => {
            setPanelOpen(false);
            setReviewOpen(true);
          }}
          onClose={() => setPanelOpen(false)}
        />
      </Popover>
      <Suspense fallback={null}>
        {logOpen && <SyncLogDialog open onClose={() => setLogOpen(false)} />}
        {reviewOpen && <ConflictDialog open onClose={() => setReviewOpen(false)} />}
      </Suspense>
      <NewKeyPrompt />
    </>
  );
}
