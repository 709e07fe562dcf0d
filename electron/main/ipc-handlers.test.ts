import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../shared/ipc/contract';
import { createDesktopSettingsStore } from '../services/desktop-settings';
import { MAX_OPENED_FILE_BYTES } from '../services/opened-files';
import { createSecretStore } from '../services/secret-store';
import { registerIpcHandlers, type HandlerDeps } from './ipc-handlers';
import { fakeIpcMain } from './ipc-test-kit';
import { menuLabels } from './menu-labels';
import type { UpdaterService } from './updater';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(overrides: Partial<HandlerDeps> = {}) {
  const updater: UpdaterService = {
    status: () => ({ state: 'idle' }),
    check: vi.fn(async () => ({ state: 'none', version: '1.0.0' }) as const),
    download: vi.fn(() => ({ state: 'downloading', percent: 0 }) as const),
    install: vi.fn(),
    setChannel: vi.fn(),
  };
  const deps: HandlerDeps = {
    appInfo: () => ({
      name: 'Conex License Manager',
      version: '0.1.0',
      electron: '45.5.0',
      chrome: '140',
      node: '22',
      platform: 'linux',
      sandboxMode: false,
    }),
    systemLocale: () => 'fr-FR',
    labels: () => menuLabels('en'),
    setLanguage: vi.fn(),
    documentsFolder: () => dir,
    showSaveDialog: vi.fn(async ({ defaultPath }) => ({ canceled: false, filePath: defaultPath })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    notifier: { show: vi.fn(() => true) },
    secrets: createSecretStore(join(dir, 'secrets.json'), {
      isEncryptionAvailable: () => false,
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    }),
    settings: createDesktopSettingsStore(join(dir, 'desktop-settings.json')),
    updater,
    openInBrowser: vi.fn(async (url: string) => url.startsWith('https:')),
    openPath: vi.fn(async () => ''),
    logsFolder: () => join(dir, 'logs'),
    reportRendererError: vi.fn(),
    takeOpenedFile: () => null,
    now: () => new Date(Date.UTC(2025, 10, 25, 9, 0, 0)),
    ...overrides,
  };
  const kit = fakeIpcMain();
  registerIpcHandlers(kit.registry, deps);
  return { ...kit, deps, updater };
}

describe('IPC handlers', () => {
  it('handles every channel of the contract', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('saves a file where the user chose, taking only the suggested name from the renderer', async () => {
    const { invoke, deps } = setup();
    const result = await invoke('file:save', { suggestedName: '../../evil/quote.pdf', data: new Uint8Array([1, 2, 3]), filters: [] });
    expect(result).toEqual({ ok: true, value: { saved: true, path: join(dir, 'quote.pdf') } });
    expect(vi.mocked(deps.showSaveDialog).mock.calls[0]?.[0].defaultPath).toBe(join(dir, 'quote.pdf'));
    expect([...(await readFile(join(dir, 'quote.pdf')))]).toEqual([1, 2, 3]);
  });

  it('saves nothing when the user cancels the dialog', async () => {
    const { invoke } = setup({ showSaveDialog: async () => ({ canceled: true }) });
    expect(await invoke('file:save', { suggestedName: 'a.csv', data: 'x', filters: [] })).toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('opens the file the user picked', async () => {
    await writeFile(join(dir, 'b.conexbackup'), '{}');
    const { invoke } = setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [join(dir, 'b.conexbackup')] }) });
    const answer = (await invoke('file:open', { filters: [{ name: 'Backup', extensions: ['conexbackup'] }] })) as {
      value: { name: string; data: Uint8Array };
    };
    const opened = answer.value;
    expect(opened.name).toBe('b.conexbackup');
    expect(new TextDecoder().decode(opened.data)).toBe('{}');
  });

  it('writes automatic backups only into a folder the user chose in the dialog', async () => {
    const folder = join(dir, 'auto');
    await rm(folder, { force: true, recursive: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    const { invoke } = setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }) });
    expect(await invoke('backup:write-auto', { folder, data: '{}', keep: 2 })).toEqual({
      ok: false,
      error: { code: 'backup-folder-not-chosen', messageKey: 'common:errors.backupFolderNotChosen', params: { folder } },
    });
    expect(await readdir(folder)).toEqual([]);
    expect(await invoke('backup:choose-folder', undefined)).toBe(folder);
    const written = (await invoke('backup:write-auto', { folder, data: '{}', keep: 2 })) as { value: { path: string } };
    expect(written.value.path).toBe(join(folder, 'conex-backup-2025-11-25T09-00-00-000Z.conexbackup'));
  });

  it('answers a file too large to be ours with an error the user can read, not an exception', async () => {
    const huge = join(dir, 'huge.conexbackup');
    await writeFile(huge, '');
    // A sparse file: its size is past the limit without writing 200 MB.
    await truncate(huge, MAX_OPENED_FILE_BYTES + 1);
    const { invoke } = setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [huge] }) });
    expect(await invoke('file:open', { filters: [] })).toEqual({
      ok: false,
      error: { code: 'file-too-large', messageKey: 'common:errors.fileTooLarge', params: { name: 'huge.conexbackup', limitMb: 200 } },
    });
  });

  it('answers a picked file that cannot be read (gone, no permission) with an error naming it', async () => {
    const { invoke } = setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [join(dir, 'gone.csv')] }) });
    expect(await invoke('file:open', { filters: [] })).toEqual({
      ok: false,
      error: { code: 'file-unreadable', messageKey: 'common:errors.fileUnreadable', params: { name: 'gone.csv', reason: 'ENOENT' } },
    });
  });

  it('answers a save into a place that cannot be written with an error, and nothing is said saved', async () => {
    const { invoke } = setup({ showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'missing', 'a.csv') }) });
    expect(await invoke('file:save', { suggestedName: 'a.csv', data: 'x', filters: [] })).toEqual({
      ok: false,
      error: { code: 'file-not-written', messageKey: 'common:errors.fileNotWritten', params: { name: 'a.csv', reason: 'ENOENT' } },
    });
  });

  it('answers an automatic backup into a chosen folder that has since gone with an error, never a backup written', async () => {
    const folder = join(dir, 'usb');
    await mkdir(folder);
    const { invoke } = setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }) });
    await invoke('backup:choose-folder', undefined);
    await rm(folder, { recursive: true });
    expect(await invoke('backup:write-auto', { folder, data: '{}', keep: 2 })).toEqual({
      ok: false,
      error: { code: 'backup-not-written', messageKey: 'common:errors.backupNotWritten', params: { folder, reason: 'ENOENT' } },
    });
  });

  it('opens only https links in the system browser', async () => {
    const { invoke, deps } = setup();
    await invoke('shell:open-external', { url: 'https://conex.dz/' });
    await expect(invoke('shell:open-external', { url: 'http://conex.dz/' })).rejects.toThrow();
    await expect(invoke('shell:open-external', { url: 'file:///etc/passwd' })).rejects.toThrow();
    expect(deps.openInBrowser).toHaveBeenCalledTimes(1);
  });

  it('reports that secrets are not encrypted where the OS cannot encrypt them', async () => {
    const { invoke } = setup();
    expect(await invoke('secret:set', { key: 'api.token', value: 'tok' })).toEqual({ encrypted: false });
    expect(await invoke('secret:get', { key: 'api.token' })).toBe('tok');
    await invoke('secret:delete', { key: 'api.token' });
    expect(await invoke('secret:get', { key: 'api.token' })).toBeNull();
  });

  it('remembers the update channel and passes it to the updater', async () => {
    const { invoke, deps, updater } = setup();
    await invoke('updater:set-channel', { channel: 'beta' });
    expect((await deps.settings.read()).updateChannel).toBe('beta');
    expect(updater.setChannel).toHaveBeenCalledWith('beta');
    expect(await invoke('updater:check', undefined)).toEqual({ state: 'none', version: '1.0.0' });
    await invoke('updater:install', undefined);
    expect(updater.install).toHaveBeenCalledOnce();
  });

  it('shows notifications, app info and opens the logs folder', async () => {
    const { invoke, deps } = setup();
    expect(await invoke('notify:show', { id: 'n1', title: 'T', body: 'B' })).toEqual({ shown: true });
    expect(await invoke('app:info', undefined)).toMatchObject({ version: '0.1.0' });
    await invoke('logs:open-folder', undefined);
    expect(deps.openPath).toHaveBeenCalledWith(join(dir, 'logs'));
  });

  it('hands a renderer failure to the log', async () => {
    const { invoke, deps } = setup();
    await invoke('logs:report-error', { kind: 'error', message: 'TypeError: boom' });
    expect(deps.reportRendererError).toHaveBeenCalledWith({ kind: 'error', message: 'TypeError: boom' });
  });
});
