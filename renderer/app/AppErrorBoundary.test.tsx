import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorReport } from '../../shared/ipc/error-report';
import { i18next, initI18n } from '../i18n';
import { setPlatformForTests } from '../platform';
import { createWebBridge } from '../platform/web';
import { AppErrorBoundary } from './AppErrorBoundary';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => setPlatformForTests(undefined));

/** A host that records what reaches its log and whether the logs folder was opened. */
function recordingHost(kind: 'electron' | 'web') {
  const reports: ErrorReport[] = [];
  const openLogsFolder = vi.fn(async () => undefined);
  setPlatformForTests({ ...createWebBridge(window), kind, openLogsFolder, reportError: async (r) => void reports.push(r) });
  return { reports, openLogsFolder };
}

function Broken(): never {
  throw new Error('rail failed for it@univ.example');
}

describe('a failure outside any screen', () => {
  it('shows something went wrong with Reload and Open logs folder, and sends the failure to the log', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { reports, openLogsFolder } = recordingHost('electron');
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Your data is safe on this computer.');
    expect(screen.getByRole('button', { name: 'Reload the app' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open logs folder' }));
    expect(openLogsFolder).toHaveBeenCalledOnce();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ kind: 'render', message: 'the app failed to draw: Error: rail failed for [email]' });
    expect(reports[0]?.componentStack).toContain('Broken');
  });

  it('offers no logs folder on the web, where the console is the log', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    recordingHost('web');
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('button', { name: 'Reload the app' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open logs folder' })).toBeNull();
  });

  it('says so in French when the user reads French', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    recordingHost('electron');
    await i18next.changeLanguage('fr');
    try {
      render(
        <AppErrorBoundary>
          <Broken />
        </AppErrorBoundary>,
      );
      expect(screen.getByRole('heading', { level: 1, name: 'Un problème est survenu' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Ouvrir le dossier des journaux' })).toBeTruthy();
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('draws the app untouched while nothing fails', () => {
    recordingHost('electron');
    render(
      <AppErrorBoundary>
        <h1>Licenses</h1>
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Licenses' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
