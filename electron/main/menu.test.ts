import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ipcEvents } from '../../shared/ipc/contract';
import { buildMenuTemplate, commandForKey } from './menu';
import { MENU_LABELS, menuLabels } from './menu-labels';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menu(platform: NodeJS.Platform, isPackaged = true, locale = 'en-US') {
  const send = vi.fn((command: unknown) => ipcEvents['menu:command'].parse(command));
  const openLogsFolder = vi.fn();
  const checkForUpdates = vi.fn();
  const installCommandLine = vi.fn();
  const items = flatten(
    buildMenuTemplate({ labels: menuLabels(locale), platform, isPackaged, send, openLogsFolder, checkForUpdates, installCommandLine }),
  );
  const press = (accelerator: string) => {
    const item = items.find((i) => i.accelerator === accelerator);
    if (!item?.click) throw new Error(`no item for ${accelerator}`);
    (item.click as () => void)();
    return send.mock.lastCall?.[0];
  };
  return { items, send, openLogsFolder, checkForUpdates, installCommandLine, press };
}

describe('application menu', () => {
  it('Help has Install Command Line, in English and French, which asks main to install it', () => {
    for (const [locale, label] of [
      ['en-US', 'Install Command Line'],
      ['fr-FR', 'Installer la ligne de commande'],
    ] as const) {
      const { items, installCommandLine } = menu('linux', true, locale);
      const item = items.find((i) => i.id === 'help.install-cli');
      expect(item?.label).toBe(label);
      (item?.click as () => void)();
      expect(installCommandLine).toHaveBeenCalledOnce();
    }
  });

  it('navigates with CmdOrCtrl+1..7', () => {
    const { press } = menu('win32');
    expect(['1', '2', '3', '4', '5', '6', '7'].map((n) => press(`CmdOrCtrl+${n}`))).toEqual(
      ['licenses', 'entities', 'quotes', 'maintenance', 'backups', 'budget', 'settings'].map((target) => ({ command: 'navigate', target })),
    );
  });

  it('has shortcuts for a new quote, backing up, syncing and settings', () => {
    const { press } = menu('linux');
    expect(press('CmdOrCtrl+N')).toEqual({ command: 'new-quote' });
    expect(press('CmdOrCtrl+B')).toEqual({ command: 'back-up-now' });
    expect(press('CmdOrCtrl+Shift+S')).toEqual({ command: 'sync-now' });
    expect(press('CmdOrCtrl+,')).toEqual({ command: 'open-settings' });
  });

  it('syncs on F5 too, but not on Shift+F5 or a key release', () => {
    const key = (over: Partial<Parameters<typeof commandForKey>[0]>) =>
      commandForKey({ type: 'keyDown', key: 'F5', control: false, meta: false, alt: false, shift: false, ...over });
    expect(key({})).toEqual({ command: 'sync-now' });
    expect(key({ shift: true })).toBeNull();
    expect(key({ type: 'keyUp' })).toBeNull();
    expect(key({ key: 'F6' })).toBeNull();
  });

  it('has no Reload or developer tools in a packaged app', () => {
    const { items } = menu('win32', true);
    expect(items.some((i) => i.role === 'reload' || i.role === 'forceReload' || i.role === 'toggleDevTools')).toBe(false);
    expect(items.some((i) => i.accelerator === 'CmdOrCtrl+R')).toBe(false);
  });

  it('keeps Reload and the developer tools while developing', () => {
    const { items } = menu('linux', false);
    expect(items.some((i) => i.role === 'reload')).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('offers About, Check for updates and Open logs folder under Help', () => {
    const { items, send, openLogsFolder, checkForUpdates } = menu('win32');
    const click = (id: string) => (items.find((i) => i.id === id)?.click as () => void)();
    click('help.about');
    click('help.check-updates');
    click('help.open-logs');
    expect(send.mock.calls.map((c) => c[0])).toEqual([{ command: 'about' }, { command: 'check-updates' }]);
    expect(openLogsFolder).toHaveBeenCalledOnce();
    expect(checkForUpdates).toHaveBeenCalledOnce();
  });

  it('puts About and Settings in the app menu on macOS', () => {
    const template = buildMenuTemplate({
      labels: menuLabels('en'),
      platform: 'darwin',
      isPackaged: true,
      send: vi.fn(),
      openLogsFolder: vi.fn(),
      checkForUpdates: vi.fn(),
      installCommandLine: vi.fn(),
    });
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((i) => i.id).filter(Boolean)).toEqual(['help.about', 'settings']);
  });

  it('follows a French system locale', () => {
    const { items } = menu('linux', true, 'fr-DZ');
    expect(items.find((i) => i.id === 'file.new-quote')?.label).toBe('Nouveau devis');
    expect(menuLabels('en-GB').newQuote).toBe('New Quote');
  });

  it('follows an Arabic system locale', () => {
    const { items } = menu('linux', true, 'ar-DZ');
    expect(items.find((i) => i.id === 'file.new-quote')?.label).toBe('عرض سعر جديد');
    expect(menuLabels('ar').pages.budget).toBe('الميزانية');
    expect(menuLabels('arn-CL').newQuote).toBe('New Quote');
  });

  it('keeps the English, French and Arabic labels in step, the placeholders included', () => {
    const entries = (o: object): Array<[string, string]> =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? entries(v as object).map(([s, t]): [string, string] => [`${k}.${s}`, t]) : [[k, String(v)]],
      );
    const shape = (o: object) =>
      entries(o)
        .map(([k, v]) => `${k}:${(v.match(/\{\w+\}/g) ?? []).sort().join()}`)
        .sort();
    expect(shape(MENU_LABELS.fr)).toEqual(shape(MENU_LABELS.en));
    expect(shape(MENU_LABELS.ar)).toEqual(shape(MENU_LABELS.en));
  });

  it('writes the Arabic labels in Arabic, without Latin mnemonics', () => {
    const arabic = /[\u0600-\u06FF]/;
    const labels = Object.values({ ...MENU_LABELS.ar, ...MENU_LABELS.ar.pages }).filter((v): v is string => typeof v === 'string');
    expect(labels.filter((label) => !arabic.test(label))).toEqual([]);
    expect(labels.filter((label) => label.includes('&'))).toEqual([]);
  });
});
