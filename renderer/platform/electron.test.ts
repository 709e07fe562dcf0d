import { describe, expect, it } from 'vitest';
import {
  ipcContract,
  ipcEvents,
  type ConexPreloadApi,
  type IpcChannel,
  type IpcEventName,
  type IpcResponse,
} from '../../shared/ipc/contract';
import { createElectronBridge } from './electron';

type Replies = { [C in IpcChannel]?: IpcResponse<C> };

/**
 * A fake preload that behaves like the real one at the boundary: it validates
 * each request and reply with the contract's schemas and records the calls.
 */
function fakePreload(replies: Replies) {
  const calls: Array<{ channel: IpcChannel; request: unknown }> = [];
  const listeners = new Map<IpcEventName, Set<(payload: unknown) => void>>();
  const api: ConexPreloadApi = {
    async invoke(channel, request) {
      const spec = ipcContract[channel];
      calls.push({ channel, request: spec.request.parse(request) });
      if (!(channel in replies)) throw new Error(`no reply for ${channel}`);
      return spec.response.parse(replies[channel]) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = (event: IpcEventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(ipcEvents[event].parse(payload)));
  return { api, calls, emit };
}

const info = {
  name: 'Conex License Manager',
  version: '1.2.3',
  electron: '45.5.0',
  chrome: '140.0',
  node: '22.1',
  platform: 'linux',
  sandboxMode: false,
};

describe('the Electron platform bridge', () => {
  it('reports itself as Electron with a backup folder', () => {
    const bridge = createElectronBridge(fakePreload({}).api);
    expect(bridge.kind).toBe('electron');
    expect(bridge.supportsBackupFolder).toBe(true);
  });

  it('asks main for the app versions and the system locale', async () => {
    const { api, calls } = fakePreload({ 'app:info': info, 'app:system-locale': 'fr-FR' });
    const bridge = createElectronBridge(api);
    expect(await bridge.appInfo()).toEqual(info);
    expect(await bridge.systemLocale()).toBe('fr-FR');
    expect(calls.map((c) => c.channel)).toEqual(['app:info', 'app:system-locale']);
  });

  it("tells main the app's language, for its menu and dialogs", async () => {
    const { api, calls } = fakePreload({ 'app:set-language': undefined });
    await createElectronBridge(api).setLanguage('ar');
    expect(calls).toEqual([{ channel: 'app:set-language', request: { language: 'ar' } }]);
  });

  it('saves through the save dialog without sending the web-only MIME type', async () => {
    const { api, calls } = fakePreload({ 'file:save': { ok: true, value: { saved: true, path: '/home/a/quote.pdf' } } });
    const data = new Uint8Array([37, 80, 68, 70]);
    const result = await createElectronBridge(api).saveFile({
      suggestedName: 'quote.pdf',
      data,
      mimeType: 'application/pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/home/a/quote.pdf' } });
    expect(calls[0]).toEqual({
      channel: 'file:save',
      request: { suggestedName: 'quote.pdf', data, filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    });
  });

  it('returns the opened file, or null when the user cancels', async () => {
    const file = { name: 'backup.conexbackup', data: new Uint8Array([123, 125]) };
    const opened = { ok: true, value: file } as const;
    expect(await createElectronBridge(fakePreload({ 'file:open': opened }).api).openFile({ filters: [] })).toEqual(opened);
    const cancelled = { ok: true, value: null } as const;
    expect(await createElectronBridge(fakePreload({ 'file:open': cancelled }).api).openFile({ filters: [] })).toEqual(cancelled);
  });

  it('passes on a failure the user can fix as a value with its message key, not an exception', async () => {
    const tooLarge = {
      ok: false,
      error: { code: 'file-too-large', messageKey: 'common:errors.fileTooLarge', params: { name: 'huge.csv', limitMb: 200 } },
    } as const;
    expect(await createElectronBridge(fakePreload({ 'file:open': tooLarge }).api).openFile({ filters: [] })).toEqual(tooLarge);
  });

  it('shows notifications and passes their clicks on by id', async () => {
    const { api, emit } = fakePreload({ 'notify:show': { shown: true } });
    const bridge = createElectronBridge(api);
    expect(await bridge.notify({ id: 'maint-1', title: 'Maintenance', body: 'Ends soon' })).toBe(true);
    const clicked: string[] = [];
    const off = bridge.onNotificationClick((id) => clicked.push(id));
    emit('notify:clicked', { id: 'maint-1' });
    off();
    emit('notify:clicked', { id: 'maint-2' });
    expect(clicked).toEqual(['maint-1']);
  });

  it('stores, reads and deletes secrets in main', async () => {
    const { api, calls } = fakePreload({ 'secret:set': { encrypted: true }, 'secret:get': 'tok', 'secret:delete': undefined });
    const bridge = createElectronBridge(api);
    expect(await bridge.setSecret('api.token', 'tok')).toEqual({ encrypted: true });
    expect(await bridge.getSecret('api.token')).toBe('tok');
    await bridge.deleteSecret('api.token');
    expect(calls.map((c) => c.request)).toEqual([{ key: 'api.token', value: 'tok' }, { key: 'api.token' }, { key: 'api.token' }]);
  });

  it('refuses non-https links before they reach main', async () => {
    const { api, calls } = fakePreload({ 'shell:open-external': undefined });
    const bridge = createElectronBridge(api);
    await bridge.openExternal('https://conex.dz/pricing');
    await expect(bridge.openExternal('file:///etc/passwd')).rejects.toThrow();
    expect(calls).toHaveLength(1);
  });

  it('chooses a backup folder and writes automatic backups there', async () => {
    const { api, calls } = fakePreload({
      'backup:choose-folder': '/backups',
      'backup:write-auto': { ok: true, value: { path: '/backups/a.conexbackup', removed: [] } },
    });
    const bridge = createElectronBridge(api);
    expect(await bridge.chooseBackupFolder()).toBe('/backups');
    expect(await bridge.writeAutoBackup({ folder: '/backups', data: '{}', keep: 5 })).toEqual({
      ok: true,
      value: { path: '/backups/a.conexbackup', removed: [] },
    });
    expect(calls[1]?.request).toEqual({ folder: '/backups', data: '{}', keep: 5 });
  });

  it('drives the updater and listens to its status', async () => {
    const { api, calls, emit } = fakePreload({
      'updater:check': { state: 'available', version: '1.3.0' },
      'updater:download': { state: 'downloading', percent: 0 },
      'updater:install': undefined,
      'updater:set-channel': undefined,
      'logs:open-folder': undefined,
    });
    const bridge = createElectronBridge(api);
    expect(await bridge.checkForUpdates()).toEqual({ state: 'available', version: '1.3.0' });
    expect(await bridge.downloadUpdate()).toEqual({ state: 'downloading', percent: 0 });
    await bridge.setUpdateChannel('beta');
    await bridge.installUpdate();
    await bridge.openLogsFolder();
    expect(calls.map((c) => c.channel)).toEqual([
      'updater:check',
      'updater:download',
      'updater:set-channel',
      'updater:install',
      'logs:open-folder',
    ]);
    expect(calls[2]?.request).toEqual({ channel: 'beta' });
    const seen: unknown[] = [];
    bridge.on('updater:status', (s) => seen.push(s));
    emit('updater:status', { state: 'downloaded', version: '1.3.0' });
    expect(seen).toEqual([{ state: 'downloaded', version: '1.3.0' }]);
  });

  it('sends a renderer failure to main for the log file', async () => {
    const { api, calls } = fakePreload({ 'logs:report-error': undefined });
    await createElectronBridge(api).reportError({ kind: 'render', message: 'TypeError: boom', componentStack: 'at Rail' });
    expect(calls).toEqual([
      { channel: 'logs:report-error', request: { kind: 'render', message: 'TypeError: boom', componentStack: 'at Rail' } },
    ]);
  });
});
