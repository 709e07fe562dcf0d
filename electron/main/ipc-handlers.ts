import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AppInfo, AppLanguage } from '../../shared/ipc/contract';
import type { ErrorReport } from '../../shared/ipc/error-report';
import { ipcError, reasonOf } from '../../shared/ipc/results';
import { err, ok } from '../../shared/errors';
import { writeAutoBackup } from '../services/auto-backup';
import type { DesktopSettingsStore } from '../services/desktop-settings';
import { MAX_OPENED_FILE_BYTES } from '../services/opened-files';
import type { SecretStore } from '../services/secret-store';
import type { IpcRegistry } from './ipc';
import type { MenuLabels } from './menu-labels';
import type { Notifier } from './notifications';
import type { UpdaterService } from './updater';

import type { OpenedFile } from '../services/opened-files';

type Filters = Array<{ name: string; extensions: string[] }>;

/** Reads a file the user picked: too large or unreadable (gone, no permission) is the user's to fix, so a value. */
async function readPickedFile(path: string) {
  const name = basename(path);
  try {
    if ((await stat(path)).size > MAX_OPENED_FILE_BYTES)
      return err(ipcError('file-too-large', { name, limitMb: MAX_OPENED_FILE_BYTES / (1024 * 1024) }));
    return ok({ name, data: new Uint8Array(await readFile(path)) });
  } catch (error) {
    return err(ipcError('file-unreadable', { name, reason: reasonOf(error) }));
  }
}

/** Everything the handlers reach outside themselves; the app passes Electron's, tests pass fakes. */
export interface HandlerDeps {
  appInfo(): AppInfo;
  systemLocale(): string;
  labels(): MenuLabels;
  /** Main's menu and dialogs follow the app's language. */
  setLanguage(language: AppLanguage): void;
  documentsFolder(): string;
  showSaveDialog(options: { title: string; defaultPath: string; filters: Filters }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    buttonLabel?: string;
    filters?: Filters;
    properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  notifier: Notifier;
  secrets: SecretStore;
  settings: DesktopSettingsStore;
  updater: UpdaterService;
  /** Opens an https page in the system browser; false when the link was refused. */
  openInBrowser(url: string): Promise<boolean>;
  openPath(path: string): Promise<string>;
  logsFolder(): string;
  /** Writes a renderer failure to the log file. */
  reportRendererError(report: ErrorReport): void;
  takeOpenedFile(): OpenedFile | null;
  now(): Date;
}

/** Registers one handler per contract channel. */
export function registerIpcHandlers(ipc: IpcRegistry, deps: HandlerDeps): void {
  ipc.handle('app:info', () => deps.appInfo());
  ipc.handle('app:system-locale', () => deps.systemLocale());
  ipc.handle('app:set-language', ({ language }) => deps.setLanguage(language));

  ipc.handle('file:save', async ({ suggestedName, data, filters }) => {
    // Only the name is taken from the renderer; the folder is the user's to choose.
    const defaultPath = join(deps.documentsFolder(), basename(suggestedName));
    const result = await deps.showSaveDialog({ title: deps.labels().saveBackupTitle, defaultPath, filters });
    if (result.canceled || !result.filePath) return ok({ saved: false });
    try {
      await writeFile(result.filePath, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      // A read-only folder or a full disk: the user can choose another place.
      return err(ipcError('file-not-written', { name: basename(result.filePath), reason: reasonOf(error) }));
    }
    return ok({ saved: true, path: result.filePath });
  });

  ipc.handle('file:open', async ({ filters }) => {
    const result = await deps.showOpenDialog({ title: deps.labels().openFileTitle, filters, properties: ['openFile'] });
    const path = result.filePaths[0];
    if (result.canceled || !path) return ok(null);
    return readPickedFile(path);
  });

  ipc.handle('file:take-opened', () => deps.takeOpenedFile());

  ipc.handle('notify:show', (request) => ({ shown: deps.notifier.show(request) }));

  ipc.handle('secret:get', ({ key }) => deps.secrets.get(key));
  ipc.handle('secret:set', ({ key, value }) => deps.secrets.set(key, value));
  ipc.handle('secret:delete', async ({ key }) => {
    await deps.secrets.delete(key);
  });

  ipc.handle('shell:open-external', async ({ url }) => {
    // The contract already demands https; openInBrowser checks again because this starts another program.
    if (!(await deps.openInBrowser(url))) throw new Error('shell:open-external: only https links');
  });

  ipc.handle('backup:choose-folder', async () => {
    const l = deps.labels();
    const result = await deps.showOpenDialog({
      title: l.chooseBackupFolderTitle,
      buttonLabel: l.chooseBackupFolderButton,
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = result.filePaths[0];
    if (result.canceled || !folder) return null;
    await deps.settings.allowBackupFolder(folder);
    return folder;
  });

  ipc.handle('backup:write-auto', async ({ folder, data, keep }) => {
    // Settings reset or copied from elsewhere: the user chooses the folder again, in the dialog.
    if (!(await deps.settings.isBackupFolderAllowed(folder))) return err(ipcError('backup-folder-not-chosen', { folder }));
    try {
      return ok(await writeAutoBackup({ folder, data, keep, now: deps.now() }));
    } catch (error) {
      // The folder was removed, unplugged or made read-only, or the disk is full.
      return err(ipcError('backup-not-written', { folder, reason: reasonOf(error) }));
    }
  });

  ipc.handle('updater:check', () => deps.updater.check());
  ipc.handle('updater:download', () => deps.updater.download());
  ipc.handle('updater:install', () => deps.updater.install());
  ipc.handle('updater:set-channel', async ({ channel }) => {
    await deps.settings.setUpdateChannel(channel);
    deps.updater.setChannel(channel);
  });

  ipc.handle('logs:open-folder', async () => {
    await deps.openPath(deps.logsFolder());
  });
  ipc.handle('logs:report-error', (report) => deps.reportRendererError(report));
}
