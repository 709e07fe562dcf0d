import { BrowserWindow, screen } from 'electron';
import { fitToDisplays, loadWindowState, MIN_WINDOW_SIZE, saveWindowState } from '../services/window-state';

export interface MainWindowOptions {
  stateFile: string;
  preload: string;
  /** Developer tools only while developing. */
  devTools: boolean;
  title: string;
  icon?: string;
  url: string;
  onError(error: unknown): void;
}

/**
 * Creates the app window at its remembered size and place, shows it once
 * painted, and remembers its bounds as the user moves and resizes it.
 *
 * The web preferences are written out here, at the one place a window is made,
 * as the Electron security checklist asks: an isolated, sandboxed renderer with
 * no Node, web security on, no insecure content, no experimental or Blink
 * features, no <webview>, no middle-click windows. Electronegativity reads this
 * literal, and electron/main/security.test.ts fails if any line is loosened.
 */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const state = fitToDisplays(await loadWindowState(options.stateFile), areas);
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    ...(options.icon ? { icon: options.icon } : {}),
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: options.devTools,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (!win.isDestroyed()) saveWindowState(options.stateFile, win.getNormalBounds(), win.isMaximized()).catch(options.onError);
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });

  await win.loadURL(options.url);
  return win;
}
