import { Menu } from 'electron';
import type { AppLanguage } from '../../shared/ipc/contract';
import { buildMenuTemplate, type MenuOptions } from './menu';
import { menuLabels, type MenuLabels } from './menu-labels';

/** What the menu's items do; the labels come from the language. */
export type MenuActions = Omit<MenuOptions, 'labels'>;

/** The application menu and the labels of main's dialogs, in the language the user reads the app in. */
export interface ApplicationMenu {
  /** The labels in use now, for dialogs opened from here on. */
  labels(): MenuLabels;
  /** Rebuilds the menu in `language` (the renderer says so at start and at each change in Settings). */
  setLanguage(language: AppLanguage): void;
}

/**
 * Sets the application menu in the system's language until the renderer names the app's: a user who chose Arabic on
 * an English system reads an Arabic menu from the first screen on. Electron mirrors menus itself on right-to-left
 * systems; the template stays the same in every language.
 */
export function createApplicationMenu(systemLocale: string, actions: MenuActions): ApplicationMenu {
  let labels = menuLabels(systemLocale);
  const apply = () => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ ...actions, labels })));
  apply();
  return {
    labels: () => labels,
    setLanguage(language) {
      const next = menuLabels(language);
      if (next === labels) return;
      labels = next;
      apply();
    },
  };
}
