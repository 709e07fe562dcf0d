import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnexpectedError } from '../lib/unexpected-error';

interface Props {
  children: ReactNode;
  /** Draws the screen again, with a fresh lazy component and a fresh boundary (App changes the boundary's key). */
  onRetry: () => void;
}

interface State {
  error: unknown;
}

/**
 * Catches what stops a screen from drawing, a code chunk that did not arrive above all (offline before the screen was
 * first opened, or an update that removed the old chunks), and says so in the user's language with a way back,
 * instead of leaving the whole window white.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    onUnexpectedError(error, { kind: 'render', context: 'a screen failed to draw', componentStack: info.componentStack ?? undefined });
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return <ScreenFailed loadFailed={isChunkLoadError(this.state.error)} onRetry={this.props.onRetry} />;
  }
}

/** True for the errors browsers give when a dynamically imported module cannot be fetched (Chromium, Firefox, Safari). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(
    message,
  );
}

function ScreenFailed({ loadFailed, onRetry }: { loadFailed: boolean; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Alert severity="error" role="alert" sx={{ maxWidth: 640, mt: 4 }}>
      <AlertTitle component="h1" variant="h6">
        {t(loadFailed ? 'screenFailed.loadTitle' : 'screenFailed.errorTitle')}
      </AlertTitle>
      {t(loadFailed ? 'screenFailed.loadBody' : 'screenFailed.errorBody')}
      <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
        <Button variant="contained" color="error" onClick={onRetry}>
          {t('screenFailed.retry')}
        </Button>
        <Button variant="outlined" color="error" onClick={() => window.location.reload()}>
          {t('screenFailed.reload')}
        </Button>
      </Box>
    </Alert>
  );
}
