import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, safeStorage, session, shell } from 'electron';
import electronUpdater from 'electron-updater';
import { dirname, join } from 'node:path';
import type { IpcEventName, IpcEventPayload } from '../../shared/ipc/contract';
import linuxIcon from '../../resources/icons/512x512.png?asset';
import { APP_INDEX_URL, isAppUrl } from '../services/app-origin';
import { createDesktopSettingsStore } from '../services/desktop-settings';
import { createSecretStore } from '../services/secret-store';
import { parseUpdateFeedUrl } from '../services/update-feed';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './app-protocol';
import { apiOrigin } from '../services/api-address';
import { contentSecurityPolicy } from './csp';
import { hardenSession, hardenWebContents } from './hardening';
import { openInBrowser } from './external-links';
import { createIpcRegistry, sendEvent } from './ipc';
import { registerIpcHandlers } from './ipc-handlers';
import { logsFolder, setUpLogging } from './logging';
import { createMainWindow } from './main-window';
import { installCommandLine } from '../services/cli-install';
import { createApplicationMenu } from './application-menu';
import { commandForKey } from './menu';
import { createNotifier } from './notifications';
import { receiveOpenedFiles } from './opened-file-inbox';
import { createRendererReportLog } from './renderer-reports';
import { createUpdaterService } from './updater';

const APP_ID = 'com.conex.licensemanager';
const APP_NAME = 'Conex License Manager';
// The dev server is trusted only in an unpackaged app; a packaged app loads app://conex/ alone.
const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null);
const isOwnPage = (url: string) => isAppUrl(url, devServerUrl);

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second copy hands its arguments (e.g. a double-clicked backup) to the first and leaves.
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  const log = setUpLogging(ipcMain, app.isPackaged);
  let mainWindow: BrowserWindow | null = null;

  const focusWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };
  function send<E extends IpcEventName>(event: E, payload: IpcEventPayload<E>): void {
    if (mainWindow && !mainWindow.isDestroyed()) sendEvent(mainWindow.webContents, event, payload);
  }
  // A file opened before the page is ready waits to be taken ('file:take-opened'); later ones arrive as events.
  const openedFiles = receiveOpenedFiles({
    pageReady: () => Boolean(mainWindow && !mainWindow.isDestroyed() && !mainWindow.webContents.isLoading()),
    deliver: (file) => {
      send('file:opened', file);
      focusWindow();
    },
    focusWindow,
    warn: (message) => log.warn(message),
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { isAppUrl: isOwnPage, openInBrowser: (url) => void openInBrowser(url), warn: (m) => log.warn(m) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const csp = contentSecurityPolicy(apiOrigin(__CONEX_API_URL__));
  hardenSession(session.defaultSession, { isAppUrl: isOwnPage, warn: (m) => log.warn(m), csp });
  serveAppProtocol(protocol, join(import.meta.dirname, '../renderer'), csp);

  const userData = app.getPath('userData');
  const settings = createDesktopSettingsStore(join(userData, 'desktop-settings.json'));
  const updater = createUpdaterService({
    updater: electronUpdater.autoUpdater,
    isPackaged: app.isPackaged,
    feedUrl: parseUpdateFeedUrl(__UPDATE_FEED_URL__),
    channel: (await settings.read()).updateChannel,
    onStatus: (status) => send('updater:status', status),
    log,
  });
  electronUpdater.autoUpdater.logger = log;

  const notifier = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
    onClick: (id) => {
      focusWindow();
      send('notify:clicked', { id });
    },
  });
  const secrets = createSecretStore(join(userData, 'secrets.json'), {
    // Linux without a keyring falls back to a hard-coded key ('basic_text'): that is not encryption.
    isEncryptionAvailable: () =>
      safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (blob) => safeStorage.decryptString(blob),
  });

  // Help > Install Command Line: the launcher goes on the PATH; a message box says where, or why not.
  const installCli = async () => {
    const l = menu.labels();
    const result = await installCommandLine({
      platform: process.platform,
      resourcesPath: process.resourcesPath,
      homeDir: app.getPath('home'),
      env: process.env,
    });
    const message = result.ok
      ? [
          l.commandLineInstalled.replace('{path}', result.path),
          ...(result.onPath ? [] : [l.commandLineNotOnPath.replace('{folder}', dirname(result.path))]),
        ].join('\n\n')
      : result.code === 'missing'
        ? l.commandLineMissing
        : l.commandLineFailed.replace('{path}', app.getPath('home')).replace('{reason}', result.reason ?? '');
    const options = { type: result.ok ? ('info' as const) : ('error' as const), message: l.installCommandLine, detail: message };
    if (mainWindow) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
  };

  // In the system's language until the renderer names the app's ('app:set-language').
  const menu = createApplicationMenu(app.getLocale(), {
    platform: process.platform,
    isPackaged: app.isPackaged,
    send: (command) => send('menu:command', command),
    openLogsFolder: () => void shell.openPath(logsFolder()),
    checkForUpdates: () => void updater.check(),
    installCommandLine: () => void installCli(),
  });

  const ipc = createIpcRegistry(ipcMain, isOwnPage, (m) => log.warn(m));
  registerIpcHandlers(ipc, {
    appInfo: () => ({
      name: APP_NAME,
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      platform: process.platform,
      sandboxMode: __CONEX_SANDBOX__,
    }),
    systemLocale: () => app.getSystemLocale() || app.getLocale(),
    labels: () => menu.labels(),
    setLanguage: (language) => menu.setLanguage(language),
    documentsFolder: () => app.getPath('documents'),
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
    notifier,
    secrets,
    settings,
    updater,
    openInBrowser,
    openPath: (path) => shell.openPath(path),
    logsFolder,
    reportRendererError: createRendererReportLog({ log, now: () => Date.now() }),
    takeOpenedFile: () => openedFiles.take(),
    now: () => new Date(),
  });

  const openWindow = async () => {
    mainWindow = await createMainWindow({
      stateFile: join(userData, 'window-state.json'),
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      devTools: !app.isPackaged,
      title: APP_NAME,
      ...(process.platform === 'linux' ? { icon: linuxIcon } : {}),
      url: devServerUrl ?? APP_INDEX_URL,
      onError: (error) => log.warn('Could not remember the window size.', error),
    });
    mainWindow.webContents.on('before-input-event', (event, input) => {
      const command = commandForKey(input);
      if (!command) return;
      event.preventDefault();
      send('menu:command', command);
    });
    mainWindow.on('closed', () => (mainWindow = null));
  };
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });

  await openedFiles.openFromArgv(process.argv.slice(1));
  await openWindow();
  log.info(`Started ${APP_NAME} ${app.getVersion()} (Electron ${process.versions.electron}).`);
  // Checked on start, after the window is up so the check never delays it.
  if (updater.status().state === 'idle') setTimeout(() => void updater.check(), 5_000);
}
