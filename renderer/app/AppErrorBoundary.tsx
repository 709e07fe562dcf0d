import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnexpectedError } from '../lib/unexpected-error';
import { platform } from '../platform';

interface State {
  failed: boolean;
}

/**
 * Around the whole app, behind each screen's own boundary: what breaks outside a screen (the navigation rail, the
 * theme, a dialog of the shell) shows a plain message with Reload and the logs folder instead of a white window,
 * and goes to the log file.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    onUnexpectedError(error, { kind: 'render', context: 'the app failed to draw', componentStack: info.componentStack ?? undefined });
  }

  override render(): ReactNode {
    return this.state.failed ? <AppFailed /> : this.props.children;
  }
}

function AppFailed() {
  const { t } = useTranslation('common');
  // The web page has no logs folder: its console is the log.
  const hasLogsFolder = platform().kind === 'electron';
  return (
    <Box component="main" sx={{ p: 4 }}>
      <Alert severity="error" role="alert" sx={{ maxWidth: 640 }}>
        <AlertTitle component="h1" variant="h6">
          {t('appFailed.title')}
        </AlertTitle>
        {t('appFailed.body')}
        <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
          <Button variant="contained" color="error" onClick={() => window.location.reload()}>
            {t('appFailed.reload')}
          </Button>
          {hasLogsFolder && (
            <Button variant="outlined" color="error" onClick={() => void platform().openLogsFolder()}>
              {t('appFailed.openLogs')}
            </Button>
          )}
        </Box>
      </Alert>
    </Box>
  );
}
