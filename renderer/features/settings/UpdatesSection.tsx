import { Alert, Button, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../../shared/ipc/contract';
import { platform } from '../../platform';
import { useRouteOf } from '../../store/navigation';
import { useSettings } from '../../store/settings';

/** Update channel, check, download with progress, and restart to update (desktop app only). */
export function UpdatesSection() {
  const { t } = useTranslation('settings');
  const bridge = platform();
  const channel = useSettings((s) => s.settings.updateChannel);
  const set = useSettings((s) => s.set);
  const [status, setStatus] = useState<UpdateStatus>({ state: 'idle' });
  useEffect(() => bridge.on('updater:status', setStatus), [bridge]);
  // Help > Check for updates opens Settings with this request: run the check once, here where its result shows.
  const requested = useRouteOf('settings')?.intent?.kind === 'check-updates';
  const checked = useRef(false);
  useEffect(() => {
    if (!requested || checked.current || bridge.kind === 'web') return;
    checked.current = true;
    void bridge.checkForUpdates().then(setStatus);
  }, [requested, bridge]);

  if (bridge.kind === 'web') {
    return (
      <Stack spacing={1} component="section" aria-labelledby="settings-updates">
        <Typography variant="h6" component="h2" id="settings-updates">
          {t('updates.title')}
        </Typography>
        <Typography color="text.secondary">{t('updates.web')}</Typography>
      </Stack>
    );
  }

  return (
    <Stack spacing={2} component="section" aria-labelledby="settings-updates">
      <Typography variant="h6" component="h2" id="settings-updates">
        {t('updates.title')}
      </Typography>
      <TextField
        select
        label={t('updates.channel')}
        value={channel}
        sx={{ maxWidth: 320 }}
        onChange={async (e) => {
          const next = e.target.value as 'stable' | 'beta';
          await set('updateChannel', next);
          await bridge.setUpdateChannel(next);
        }}
      >
        <MenuItem value="stable">{t('updates.stable')}</MenuItem>
        <MenuItem value="beta">{t('updates.beta')}</MenuItem>
      </TextField>
      <StatusLine status={status} />
      <Stack direction="row" spacing={1}>
        <Button
          variant="outlined"
          disabled={status.state === 'checking' || status.state === 'downloading'}
          onClick={async () => setStatus(await bridge.checkForUpdates())}
        >
          {t('updates.check')}
        </Button>
        {status.state === 'available' && (
          <Button variant="contained" onClick={async () => setStatus(await bridge.downloadUpdate())}>
            {t('updates.download', { version: status.version })}
          </Button>
        )}
        {status.state === 'downloaded' && (
          <Button variant="contained" onClick={() => void bridge.installUpdate()}>
            {t('updates.restart')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

function StatusLine({ status }: { status: UpdateStatus }) {
  const { t } = useTranslation('settings');
  switch (status.state) {
    case 'idle':
      return null;
    case 'disabled':
      return <Typography color="text.secondary">{t(`updates.disabled.${status.reason}`)}</Typography>;
    case 'checking':
      return <LinearProgress aria-label={t('updates.checking')} />;
    case 'none':
      return <Typography>{t('updates.none', { version: status.version })}</Typography>;
    case 'available':
      return <Typography>{t('updates.available', { version: status.version })}</Typography>;
    case 'downloading':
      return (
        <LinearProgress
          variant="determinate"
          value={status.percent}
          aria-label={t('updates.downloading', { percent: Math.round(status.percent) })}
        />
      );
    case 'downloaded':
      return <Alert severity="success">{t('updates.downloaded', { version: status.version })}</Alert>;
    case 'error':
      return <Alert severity="error">{t(status.messageKey)}</Alert>;
  }
}
