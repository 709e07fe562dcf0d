import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErrorReport } from '../../shared/ipc/error-report';
import { setPlatformForTests } from '../platform';
import { createWebBridge } from '../platform/web';
import { catchUncaughtErrors, onUnexpectedError } from './unexpected-error';

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  setPlatformForTests(undefined);
});

function recordingHost() {
  const reports: ErrorReport[] = [];
  setPlatformForTests({ ...createWebBridge(window), kind: 'electron', reportError: async (r) => void reports.push(r) });
  return reports;
}

/** What the browser dispatches for a rejected promise nobody handled (jsdom has no PromiseRejectionEvent). */
function rejection(reason: unknown): Event {
  return Object.assign(new Event('unhandledrejection'), { reason, promise: Promise.resolve() });
}

describe('uncaught renderer failures', () => {
  it('sends a rejected promise nobody handled to the platform log, redacted', () => {
    const reports = recordingHost();
    stop = catchUncaughtErrors(window);
    window.dispatchEvent(rejection(new Error('sync refused Bearer abcdefgh12345678')));
    expect(reports).toEqual([expect.objectContaining({ kind: 'unhandled-rejection', message: 'Error: sync refused Bearer [redacted]' })]);
  });

  it('sends an uncaught error to the platform log with its stack', () => {
    const reports = recordingHost();
    stop = catchUncaughtErrors(window);
    const error = new TypeError('x is undefined');
    window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ kind: 'error', message: 'TypeError: x is undefined' });
    expect(reports[0]?.stack).toContain('x is undefined');
  });

  it('listens no more once stopped', () => {
    const reports = recordingHost();
    catchUncaughtErrors(window)();
    window.dispatchEvent(rejection('late'));
    expect(reports).toEqual([]);
  });

  it('still shows a failure in the console when the host cannot take the report', async () => {
    const seen = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setPlatformForTests({ ...createWebBridge(window), reportError: () => Promise.reject(new Error('main is gone')) });
    onUnexpectedError(new Error('boom'), { context: 'reminders' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith('reminders: Error: boom', expect.stringContaining('boom')));
  });
});
