import type { MenuItemConstructorOptions } from 'electron';
import type { IpcEventPayload } from '../../shared/ipc/contract';
import { SCREENS } from '../../shared/screens';
import type { MenuLabels } from './menu-labels';

type MenuCommand = IpcEventPayload<'menu:command'>;

/** The Go menu's screens, CmdOrCtrl+1 to 7: the navigation rail's order. */
export const NAVIGATION_TARGETS = SCREENS;

export interface MenuOptions {
  labels: MenuLabels;
  platform: NodeJS.Platform;
  /** Development builds keep Reload and the developer tools; packaged ones do not. */
  isPackaged: boolean;
  /** Sends a command to the renderer ('menu:command'). */
  send(command: MenuCommand): void;
  openLogsFolder(): void;
  /** Starts an update check in main; the renderer shows its progress. */
  checkForUpdates(): void;
  /** Puts the `conex` launcher on the PATH and tells the user where it went (electron/services/cli-install.ts). */
  installCommandLine(): void;
}

/**
 * The application menu. Commands go to the renderer as 'menu:command' events;
 * there is no Reload (CmdOrCtrl+R) in a packaged app, so a stray key press never
 * throws away a form being filled in.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels: l, platform, isPackaged, send } = options;
  const mac = platform === 'darwin';
  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: l.settings,
    accelerator: 'CmdOrCtrl+,',
    click: () => send({ command: 'open-settings' }),
  };
  const about: MenuItemConstructorOptions = { id: 'help.about', label: l.about, click: () => send({ command: 'about' }) };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Conex License Manager',
          submenu: [
            about,
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: l.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      { id: 'file.new-quote', label: l.newQuote, accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'new-quote' }) },
      { id: 'file.back-up-now', label: l.backUpNow, accelerator: 'CmdOrCtrl+B', click: () => send({ command: 'back-up-now' }) },
      { id: 'file.sync-now', label: l.syncNow, accelerator: 'CmdOrCtrl+Shift+S', click: () => send({ command: 'sync-now' }) },
      // F5 is the second shortcut for syncing; menus show one accelerator per item, so this one is hidden.
      {
        id: 'file.sync-now-f5',
        label: l.syncNow,
        accelerator: 'F5',
        visible: false,
        acceleratorWorksWhenHidden: true,
        click: () => send({ command: 'sync-now' }),
      },
      ...(mac ? [] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  };

  const go: MenuItemConstructorOptions = {
    label: l.go,
    submenu: NAVIGATION_TARGETS.map((target, index) => ({
      id: `go.${target}`,
      label: l.pages[target],
      accelerator: `CmdOrCtrl+${index + 1}`,
      click: () => send({ command: 'navigate', target }),
    })),
  };

  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...(isPackaged
        ? []
        : [
            { role: 'reload', label: l.reload } as const,
            { role: 'toggleDevTools', label: l.toggleDevTools } as const,
            { type: 'separator' } as const,
          ]),
      { role: 'resetZoom', label: l.actualSize },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: l.fullScreen },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: [
      ...(mac ? [] : [about, { type: 'separator' } as const]),
      {
        id: 'help.check-updates',
        label: l.checkForUpdates,
        click: () => {
          send({ command: 'check-updates' });
          options.checkForUpdates();
        },
      },
      { id: 'help.open-logs', label: l.openLogsFolder, click: () => options.openLogsFolder() },
      { id: 'help.install-cli', label: l.installCommandLine, click: () => options.installCommandLine() },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: l.window,
    role: 'window',
    submenu: [
      { role: 'minimize', label: l.minimize },
      { role: 'close', label: l.close },
      ...(mac ? [{ type: 'separator' } as const, { role: 'front' } as const] : []),
    ],
  };

  return [...appMenu, file, edit, view, go, windowMenu, help];
}

/** The keys of a keyboard event, as Electron's before-input-event gives them. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/**
 * Shortcuts a menu cannot carry: F5 syncs too (a menu item shows one accelerator,
 * CmdOrCtrl+Shift+S). Returns the command for a key press, or null.
 */
export function commandForKey(input: KeyInput): MenuCommand | null {
  const plain = !input.control && !input.meta && !input.alt && !input.shift;
  if (input.type === 'keyDown' && input.key === 'F5' && plain) return { command: 'sync-now' };
  return null;
}
