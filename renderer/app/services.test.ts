import { afterEach, describe, expect, it } from 'vitest';
import { toCalendarDate } from '../../shared/calendar';
import type { IpcEventName } from '../../shared/ipc/contract';
import { firstScreenShown } from '../lib/after-first-screen';
import { setPlatformForTests } from '../platform';
import { createWebBridge } from '../platform/web';
import { useOpenedFile } from '../reminders/opened-file';
import { useReminders } from '../reminders/store';
import { useNavigation } from '../store/navigation';
import { componentStorePerTest } from '../test/component-store';
import { entityRow, licenseRow } from '../test/rows';
import { appServices, startServices } from './services';

const DAY = 86_400_000;
const inDays = (n: number) => toCalendarDate(new Date(Date.now() + n * DAY));
const backup = { name: 'site.conexbackup', data: new Uint8Array([123, 125]) };

const database = componentStorePerTest('app-services', {
  seed: (store) => store.entities.add(entityRow('library', 'Main Library')),
  release: () => {
    setPlatformForTests(undefined);
    useReminders.setState(useReminders.getInitialState(), true);
  },
});
let stop: () => void = () => undefined;
// Registered after the store: runs before it closes, so no service outlives its test.
afterEach(() => stop());

/** A web host that hands over a file the app was started with, and whose 'file:opened' a test can send. */
function hostWithOpenedFile() {
  const listeners = new Set<(file: typeof backup) => void>();
  const web = createWebBridge(window);
  setPlatformForTests({
    ...web,
    takeOpenedFile: async () => backup,
    on: ((event: IpcEventName, listener: (file: typeof backup) => void) => {
      if (event !== 'file:opened') return web.on(event, listener as never);
      listeners.add(listener);
      return () => listeners.delete(listener);
    }) as typeof web.on,
  });
  return { listening: () => listeners.size };
}

describe('the services the app starts at start-up, whatever is drawn', () => {
  it('are named, each with its phase', () => {
    expect(appServices().map((s) => [s.id, s.phase])).toEqual([
      ['opened-files', 'ready'],
      ['host-language', 'ready'],
      ['other-languages', 'afterFirstScreen'],
      ['set-aside-unparseable', 'afterFirstScreen'],
      ['sync', 'afterFirstScreen'],
      ['reminders', 'afterFirstScreen'],
      ['auto-backups', 'afterFirstScreen'],
    ]);
  });

  it('open the file the app was started with on the screen of its kind, with no widget mounted', async () => {
    hostWithOpenedFile();
    stop = startServices();
    await expect.poll(() => useNavigation.getState().route.screen).toBe('backups');
    expect(useNavigation.getState().route).toEqual({ screen: 'backups', intent: { kind: 'restore-opened' } });
    expect(useOpenedFile.getState().waiting?.kind).toBe('backup');
  });

  it('fill the reminders store once the first screen is drawn, with no reminders badge mounted (R-MAINT-3)', async () => {
    await database().licenses.add(licenseRow('lic-1', 'SEN-00000001', { entityId: 'library', maintenanceEnd: inDays(25) }));
    firstScreenShown();
    stop = startServices();
    await expect.poll(() => useReminders.getState().due.map((d) => d.sen), { timeout: 5_000 }).toEqual(['SEN-00000001']);
  });

  it('all stop with the one function startServices returns', async () => {
    await database().licenses.add(licenseRow('lic-1', 'SEN-00000001', { entityId: 'library', maintenanceEnd: inDays(25) }));
    const host = hostWithOpenedFile();
    firstScreenShown();
    stop = startServices();
    await expect.poll(() => useReminders.getState().due.length, { timeout: 5_000 }).toBe(1);
    expect(host.listening()).toBe(1);
    stop();
    expect(host.listening()).toBe(0);
    // Stopped reminders no longer follow the store: a second license due is not seen.
    await database().licenses.add(licenseRow('lic-2', 'SEN-00000002', { entityId: 'library', maintenanceEnd: inDays(20) }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(useReminders.getState().due.map((d) => d.sen)).toEqual(['SEN-00000001']);
  });
});
