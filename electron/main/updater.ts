import type { UpdateStatus } from '../../shared/ipc/contract';
import type { UpdateChannel } from '../services/desktop-settings';
import { updateErrorStatus } from './update-errors';

/** The part of electron-updater's `autoUpdater` this service drives; tests pass a fake. */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  channel: string | null;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{ isUpdateAvailable?: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdaterService {
  status(): UpdateStatus;
  check(): Promise<UpdateStatus>;
  /** Starts the download and returns at once; progress arrives as status events. */
  download(): UpdateStatus;
  /** Quits and installs a downloaded update ("Restart to update"). */
  install(): void;
  setChannel(channel: UpdateChannel): void;
}

export interface UpdaterOptions {
  updater: AutoUpdaterLike;
  isPackaged: boolean;
  /** The https feed set at build time, or null. */
  feedUrl: string | null;
  channel: UpdateChannel;
  onStatus(status: UpdateStatus): void;
  log: { info(...args: unknown[]): void; warn(...args: unknown[]): void };
}

/**
 * Auto-update from a generic https feed. Checks only in a packaged app with a
 * feed; downloads only when asked; installs only on "Restart to update". The
 * signature check is electron-updater's (publisherName on Windows, Squirrel's
 * code signing check on macOS) and is never turned off here.
 */
export function createUpdaterService(options: UpdaterOptions): UpdaterService {
  const { updater, isPackaged, feedUrl, onStatus, log } = options;
  const disabledReason = !isPackaged ? 'development' : feedUrl === null ? 'no-feed' : null;
  let current: UpdateStatus = disabledReason ? { state: 'disabled', reason: disabledReason } : { state: 'idle' };

  // Read through a function: events change `current` while a check is awaited.
  const stateNow = () => current.state;
  const set = (next: UpdateStatus) => {
    current = next;
    onStatus(next);
  };
  const fail = (error: unknown) => {
    log.warn('Update failed; the current version keeps running.', error);
    set(updateErrorStatus(error));
  };
  const applyChannel = (channel: UpdateChannel) => {
    updater.channel = channel === 'beta' ? 'beta' : 'latest';
    updater.allowPrerelease = channel === 'beta';
    // Setting a channel turns downgrades on; going back from beta to stable must not install an older build.
    updater.allowDowngrade = false;
  };

  if (!disabledReason && feedUrl) {
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = true;
    updater.setFeedURL({ provider: 'generic', url: feedUrl });
    applyChannel(options.channel);
    updater.on('checking-for-update', () => set({ state: 'checking' }));
    updater.on('update-available', (info) => set({ state: 'available', version: info.version }));
    updater.on('update-not-available', (info) => set({ state: 'none', version: info.version }));
    updater.on('download-progress', (progress) =>
      set({ state: 'downloading', percent: Math.min(100, Math.max(0, Math.round(progress.percent))) }),
    );
    updater.on('update-downloaded', (info) => set({ state: 'downloaded', version: info.version }));
    updater.on('error', (error) => fail(error));
  } else {
    log.info(`Updates are off: ${disabledReason}.`);
  }

  return {
    status: () => current,
    async check() {
      if (disabledReason || current.state === 'checking' || current.state === 'downloading' || current.state === 'downloaded')
        return current;
      try {
        const result = await updater.checkForUpdates();
        // The events normally settle the state; this covers a result that came without them.
        if (stateNow() === 'checking' && result) {
          set(
            result.isUpdateAvailable
              ? { state: 'available', version: result.updateInfo.version }
              : { state: 'none', version: result.updateInfo.version },
          );
        }
      } catch (error) {
        fail(error);
      }
      return current;
    },
    download() {
      if (current.state !== 'available') return current;
      set({ state: 'downloading', percent: 0 });
      updater.downloadUpdate().catch(fail);
      return current;
    },
    install() {
      if (current.state !== 'downloaded') {
        log.warn(`Install asked while the update is ${current.state}; ignored.`);
        return;
      }
      updater.quitAndInstall(false, true);
    },
    setChannel(channel) {
      if (disabledReason) return;
      applyChannel(channel);
      if (current.state === 'none' || current.state === 'error') set({ state: 'idle' });
    },
  };
}
