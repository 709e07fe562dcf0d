import { Button, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { platform } from '../../platform';
import { useRouteOf } from '../../store/navigation';

/** Version, Electron and Chromium versions; the logs folder in the desktop app. */
export function AboutSection() {
  const { t } = useTranslation('settings');
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform().appInfo().then(setInfo);
  }, []);
  // Help > About opens Settings here.
  const requested = useRouteOf('settings')?.intent?.kind === 'about';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (requested && info) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [requested, info]);
  const bridge = platform();
  return (
    <Stack spacing={1} component="section" aria-labelledby="settings-about">
      <Typography variant="h6" component="h2" id="settings-about" ref={heading} tabIndex={-1}>
        {t('about.title')}
      </Typography>
      {info && (
        <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4 }}>
          <dt>{t('about.version')}</dt>
          <dd style={{ margin: 0 }} data-testid="app-version">
            {info.version}
          </dd>
          {info.electron && (
            <>
              <dt>{t('about.electron')}</dt>
              <dd style={{ margin: 0 }}>{info.electron}</dd>
            </>
          )}
          <dt>{t('about.chromium')}</dt>
          <dd style={{ margin: 0 }}>{info.chrome || t('about.unknown')}</dd>
          <dt>{t('about.mode')}</dt>
          <dd style={{ margin: 0 }}>{info.sandboxMode ? t('about.sandbox') : t('about.production')}</dd>
        </dl>
      )}
      {bridge.kind === 'electron' && (
        <div>
          <Button variant="outlined" onClick={() => void bridge.openLogsFolder()}>
            {t('about.openLogs')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
