import { BrowserWindow, screen } from 'electron';
import { fitToDisplays, loadWindowState, saveWindowState } from '../services/window-state';
import { createMainWindowOptions } from './window-options';

/**
 * Creates the app window at its remembered size and place, shows it once
 * painted, and remembers its bounds as the user moves and resizes it.
 */
export async function createMainWindow(options: {
  stateFile: string;
  preload: string;
  devTools: boolean;
  title: string;
  icon?: string;
  url: string;
  onError(error: unknown): void;
}): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const state = fitToDisplays(await loadWindowState(options.stateFile), areas);
  const win = new BrowserWindow(createMainWindowOptions({ state, ...options }));
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!win.isDestroyed()) saveWindowState(options.stateFile, win.getNormalBounds(), win.isMaximized()).catch(options.onError);
    }, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', remember);
  win.on('close', () => {
    clearTimeout(timer);
    saveWindowState(options.stateFile, win.getNormalBounds(), win.isMaximized()).catch(options.onError);
  });

  await win.loadURL(options.url);
  return win;
}
