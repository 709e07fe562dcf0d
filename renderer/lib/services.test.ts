import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorReport } from '../../shared/ipc/error-report';
import { setPlatformForTests } from '../platform';
import { createWebBridge } from '../platform/web';
import type * as AfterFirstScreen from './after-first-screen';
import type * as Services from './services';

let shell: typeof AfterFirstScreen;
let services: typeof Services;
let reports: ErrorReport[];
let setPlatform: typeof setPlatformForTests;

beforeEach(async () => {
  // The first screen is drawn once per window: each test starts from fresh modules.
  vi.resetModules();
  shell = await import('./after-first-screen');
  services = await import('./services');
  reports = [];
  ({ setPlatformForTests: setPlatform } = await import('../platform'));
  setPlatform({ ...createWebBridge(window), reportError: async (r) => void reports.push(r) });
});
afterEach(() => {
  // Both the fresh platform module and the one loaded with this file: no later test sees the recording host.
  setPlatform(undefined);
  setPlatformForTests(undefined);
});

/** A service that records when it started and stopped. */
function recorded(id: string, phase: Services.ServicePhase, log: string[]): Services.AppService {
  return {
    id,
    phase,
    start: () => {
      log.push(`start ${id}`);
      return () => log.push(`stop ${id}`);
    },
  };
}

describe('the app services', () => {
  it('start ready ones at once and the others only once the first screen is drawn', async () => {
    const log: string[] = [];
    shell.expectFirstScreen();
    services.startServiceList([recorded('opened-files', 'ready', log), recorded('sync', 'afterFirstScreen', log)]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual(['start opened-files']);
    shell.firstScreenShown();
    await vi.waitFor(() => expect(log).toEqual(['start opened-files', 'start sync']));
  });

  it('stop all together, the last started first, with one function', async () => {
    const log: string[] = [];
    const stop = services.startServiceList([
      recorded('opened-files', 'ready', log),
      recorded('sync', 'afterFirstScreen', log),
      recorded('reminders', 'afterFirstScreen', log),
    ]);
    await vi.waitFor(() => expect(log).toHaveLength(3));
    stop();
    expect(log.slice(3)).toEqual(['stop reminders', 'stop sync', 'stop opened-files']);
  });

  it('stopped before the first screen, a waiting service never starts', async () => {
    const log: string[] = [];
    shell.expectFirstScreen();
    const stop = services.startServiceList([recorded('reminders', 'afterFirstScreen', log)]);
    stop();
    shell.firstScreenShown();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual([]);
  });

  it('a service that fails to start is reported by name to the log, and the others still start', () => {
    const log: string[] = [];
    const broken: Services.AppService = {
      id: 'auto-backups',
      phase: 'ready',
      start: () => {
        throw new Error('no folder');
      },
    };
    const stop = services.startServiceList([broken, recorded('opened-files', 'ready', log)]);
    expect(log).toEqual(['start opened-files']);
    expect(reports).toEqual([
      expect.objectContaining({ kind: 'error', message: 'service auto-backups failed to start: Error: no folder' }),
    ]);
    stop();
    expect(log).toEqual(['start opened-files', 'stop opened-files']);
  });
});
