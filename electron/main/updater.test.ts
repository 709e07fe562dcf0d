import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { updateStatusSchema, type UpdateStatus } from '../../shared/ipc/contract';
import { createUpdaterService, type AutoUpdaterLike } from './updater';

/** A stand-in for electron-updater's autoUpdater: scripted results, real events. */
class FakeUpdater extends EventEmitter implements AutoUpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = false;
  allowDowngrade = false;
  allowPrerelease = false;
  channel: string | null = null;
  feed: unknown = null;
  verifyUpdateCodeSignature = 'electron-updater default';
  installs: Array<[boolean | undefined, boolean | undefined]> = [];
  onCheck: () => Promise<{ isUpdateAvailable?: boolean; updateInfo: { version: string } } | null> = async () => null;
  onDownload: () => Promise<unknown> = async () => [];
  setFeedURL(options: unknown) {
    this.feed = options;
  }
  checkForUpdates() {
    return this.onCheck();
  }
  downloadUpdate() {
    return this.onDownload();
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

const FEED = 'https://updates.conex.dz/license-manager/';

function setup(overrides: { isPackaged?: boolean; feedUrl?: string | null; channel?: 'stable' | 'beta' } = {}) {
  const updater = new FakeUpdater();
  const statuses: UpdateStatus[] = [];
  const service = createUpdaterService({
    updater,
    isPackaged: overrides.isPackaged ?? true,
    feedUrl: overrides.feedUrl === undefined ? FEED : overrides.feedUrl,
    channel: overrides.channel ?? 'stable',
    onStatus: (s) => statuses.push(updateStatusSchema.parse(s)),
    log: { info: vi.fn(), warn: vi.fn() },
  });
  return { updater, statuses, service };
}

describe('auto-update', () => {
  it('is off in development, and never asks the feed', async () => {
    const { updater, service } = setup({ isPackaged: false });
    const check = vi.spyOn(updater, 'checkForUpdates');
    expect(await service.check()).toEqual({ state: 'disabled', reason: 'development' });
    expect(check).not.toHaveBeenCalled();
    expect(updater.feed).toBeNull();
  });

  it('is off when no feed was set at build time', async () => {
    const { service, updater } = setup({ feedUrl: null });
    expect(await service.check()).toEqual({ state: 'disabled', reason: 'no-feed' });
    expect(service.download()).toEqual({ state: 'disabled', reason: 'no-feed' });
    service.install();
    expect(updater.installs).toEqual([]);
  });

  it('uses the generic https feed, asks before downloading, and keeps the signature check', () => {
    const { updater } = setup();
    expect(updater.feed).toEqual({ provider: 'generic', url: FEED });
    expect(updater.autoDownload).toBe(false);
    expect(updater.allowDowngrade).toBe(false);
    expect(updater.verifyUpdateCodeSignature).toBe('electron-updater default');
  });

  it('reports that no update is available', async () => {
    const { updater, service, statuses } = setup();
    updater.onCheck = async () => {
      updater.emit('checking-for-update');
      updater.emit('update-not-available', { version: '1.0.0' });
      return { isUpdateAvailable: false, updateInfo: { version: '1.0.0' } };
    };
    expect(await service.check()).toEqual({ state: 'none', version: '1.0.0' });
    expect(statuses.map((s) => s.state)).toEqual(['checking', 'none']);
  });

  it('reports an available update, downloads it with progress, and restarts to install it', async () => {
    const { updater, service, statuses } = setup();
    updater.onCheck = async () => {
      updater.emit('checking-for-update');
      updater.emit('update-available', { version: '1.1.0' });
      return { isUpdateAvailable: true, updateInfo: { version: '1.1.0' } };
    };
    let finish: () => void = () => undefined;
    updater.onDownload = () => new Promise<void>((resolve) => (finish = resolve));
    expect(await service.check()).toEqual({ state: 'available', version: '1.1.0' });

    expect(service.download()).toEqual({ state: 'downloading', percent: 0 });
    updater.emit('download-progress', { percent: 41.6 });
    expect(service.status()).toEqual({ state: 'downloading', percent: 42 });
    updater.emit('update-downloaded', { version: '1.1.0' });
    finish();
    expect(service.status()).toEqual({ state: 'downloaded', version: '1.1.0' });

    service.install();
    expect(updater.installs).toEqual([[false, true]]);
    expect(statuses.map((s) => s.state)).toEqual(['checking', 'available', 'downloading', 'downloading', 'downloaded']);
  });

  it('does not install or download out of turn', async () => {
    const { updater, service } = setup();
    service.install();
    expect(service.download()).toEqual({ state: 'idle' });
    expect(updater.installs).toEqual([]);
  });

  it('says clearly when an update fails, and the current version keeps its state', async () => {
    const { updater, service } = setup();
    updater.onCheck = async () => {
      updater.emit('checking-for-update');
      updater.emit('update-available', { version: '1.1.0' });
      return { isUpdateAvailable: true, updateInfo: { version: '1.1.0' } };
    };
    await service.check();
    const failure = Object.assign(new Error('New version 1.1.0 is not signed by the application owner'), {
      code: 'ERR_UPDATER_INVALID_SIGNATURE',
    });
    updater.onDownload = async () => {
      updater.emit('error', failure);
      throw failure;
    };
    service.download();
    await vi.waitFor(() => expect(service.status().state).toBe('error'));
    expect(service.status()).toEqual({ state: 'error', messageKey: 'desktop:updater.errors.signature', offline: false });
    expect(updater.installs).toEqual([]);
  });

  it('reports being offline as its own case', async () => {
    const { updater, service } = setup();
    updater.onCheck = async () => {
      updater.emit('checking-for-update');
      throw new Error('net::ERR_INTERNET_DISCONNECTED');
    };
    expect(await service.check()).toEqual({ state: 'error', messageKey: 'desktop:updater.errors.offline', offline: true });
  });

  it('settles a check whose result came without events', async () => {
    const { updater, service } = setup();
    updater.onCheck = async () => {
      updater.emit('checking-for-update');
      return { isUpdateAvailable: true, updateInfo: { version: '2.0.0' } };
    };
    expect(await service.check()).toEqual({ state: 'available', version: '2.0.0' });
  });

  it('switches between the stable and beta channels without allowing downgrades', () => {
    const { updater, service } = setup({ channel: 'beta' });
    expect(updater.channel).toBe('beta');
    expect(updater.allowPrerelease).toBe(true);
    updater.allowDowngrade = true;
    service.setChannel('stable');
    expect(updater.channel).toBe('latest');
    expect(updater.allowPrerelease).toBe(false);
    expect(updater.allowDowngrade).toBe(false);
  });
});
