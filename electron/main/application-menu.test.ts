import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApplicationMenu, type MenuActions } from './application-menu';
import { fakeIpcMain } from './ipc-test-kit';
import { registerIpcHandlers, type HandlerDeps } from './ipc-handlers';

// Electron's Menu, as the app calls it: each menu set is kept, in order, as the template it was built from.
const electron = vi.hoisted(() => ({ set: [] as MenuItemConstructorOptions[][] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => electron.set.push(menu.template),
  },
}));

const actions: MenuActions = {
  platform: 'linux',
  isPackaged: true,
  send: vi.fn(),
  openLogsFolder: vi.fn(),
  checkForUpdates: vi.fn(),
  installCommandLine: vi.fn(),
};

/** The label of the item with `id` in the menu last set, and the top menus' labels. */
function lastMenu() {
  const template = electron.set.at(-1) ?? [];
  const items = template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []));
  return { tops: template.map((top) => top.label), label: (id: string) => items.find((i) => i.id === id)?.label };
}

/** main's IPC as the app registers it, with the menu's language behind 'app:set-language'. */
function appWithMenu(systemLocale: string) {
  const menu = createApplicationMenu(systemLocale, actions);
  const kit = fakeIpcMain();
  registerIpcHandlers(kit.registry, {
    labels: () => menu.labels(),
    setLanguage: (language) => menu.setLanguage(language),
  } as Partial<HandlerDeps> as HandlerDeps);
  return { ...kit, menu };
}

beforeEach(() => {
  electron.set.length = 0;
});

describe('application menu language', () => {
  it('starts in the system language, before the renderer says anything', () => {
    appWithMenu('fr-DZ');
    expect(electron.set).toHaveLength(1);
    expect(lastMenu().label('file.new-quote')).toBe('Nouveau devis');
  });

  it("rebuilds the menu in Arabic when the renderer switches to 'ar', and main's dialogs follow", async () => {
    const { invoke, menu } = appWithMenu('en-US');
    expect(lastMenu().label('file.new-quote')).toBe('New Quote');

    await invoke('app:set-language', { language: 'ar' });

    expect(electron.set).toHaveLength(2);
    const { tops, label } = lastMenu();
    expect(tops).toEqual(['ملف', 'تحرير', 'عرض', 'انتقال', 'نافذة', 'مساعدة']);
    expect(label('file.new-quote')).toBe('عرض سعر جديد');
    expect(label('go.licenses')).toBe('التراخيص');
    expect(label('help.install-cli')).toBe('تثبيت سطر الأوامر');
    expect(menu.labels().saveBackupTitle).toBe('حفظ');
  });

  it('switches back to English, and rebuilds nothing when the language is the one shown', async () => {
    const { invoke } = appWithMenu('ar-DZ');
    await invoke('app:set-language', { language: 'ar' });
    expect(electron.set).toHaveLength(1);
    await invoke('app:set-language', { language: 'en' });
    expect(lastMenu().label('file.new-quote')).toBe('New Quote');
  });

  it('refuses a bad payload and keeps the menu as it was', async () => {
    const { invoke, warnings } = appWithMenu('en-US');
    for (const bad of [{ language: 'de' }, { language: 'AR' }, 'ar', { language: 'ar', extra: true }, undefined]) {
      await expect(invoke('app:set-language', bad)).rejects.toThrow('app:set-language: invalid request');
    }
    expect(warnings).toHaveLength(5);
    expect(electron.set).toHaveLength(1);
    expect(lastMenu().label('file.new-quote')).toBe('New Quote');
  });

  it('refuses the request from a frame that is not the app', async () => {
    const { invoke } = appWithMenu('en-US');
    await expect(invoke('app:set-language', { language: 'ar' }, { url: 'https://example.com/', parent: null })).rejects.toThrow(
      'sender not allowed',
    );
    expect(electron.set).toHaveLength(1);
  });
});
