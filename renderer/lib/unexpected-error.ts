import { errorReport, type ErrorReport } from '../../shared/ipc/error-report';
import { platform } from '../platform';

/**
 * The one place a bug ends up (VS Code's onUnexpectedError): a render that threw, an uncaught error, a rejected
 * promise nobody handled, a background task that failed. It goes, redacted, to the host's log, so "Open logs folder"
 * holds the renderer's failures too. Errors a user can cause are values shown where they happen, never this.
 */
export function onUnexpectedError(
  error: unknown,
  { kind = 'error', context, componentStack }: { kind?: ErrorReport['kind']; context?: string; componentStack?: string } = {},
): void {
  const report = errorReport(kind, error, { context, componentStack });
  // Reporting must never fail in turn: if the host cannot take it, the console still shows it.
  platform()
    .reportError(report)
    .catch(() => console.error(report.message, report.stack ?? ''));
}

/** Sends errors nothing caught and promise rejections nothing handled to `onUnexpectedError`; returns a stop function. */
export function catchUncaughtErrors(win: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const onError = (event: ErrorEvent) => onUnexpectedError(event.error ?? event.message, { kind: 'error' });
  const onRejection = (event: PromiseRejectionEvent) => onUnexpectedError(event.reason, { kind: 'unhandled-rejection' });
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return () => {
    win.removeEventListener('error', onError);
    win.removeEventListener('unhandledrejection', onRejection);
  };
}
