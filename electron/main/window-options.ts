import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_WINDOW_SIZE, type WindowState } from '../services/window-state';

/**
 * The renderer's web preferences, as the Electron security checklist asks:
 * an isolated, sandboxed renderer with no Node, web security on, no insecure
 * content, no experimental or Blink features, no <webview>. Security tests
 * read this function; loosening any line fails them.
 */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
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
    spellcheck: true,
    devTools,
  };
}

/** Options for the one app window: remembered bounds, hidden until painted, secure preferences. */
export function createMainWindowOptions(options: {
  state: WindowState;
  preload: string;
  devTools: boolean;
  title: string;
  icon?: string;
}): BrowserWindowConstructorOptions {
  const { state, preload, devTools, title, icon } = options;
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    ...(icon ? { icon } : {}),
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload, devTools),
  };
}
