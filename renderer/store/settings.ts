import { create } from 'zustand';
import { db } from '../db/database';
import { loadSettings, saveSetting, settingsSchema, type Settings } from '../db/repos/settings';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  load: () => Promise<Settings>;
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<void>;
}

/** Settings in memory, written through to the store on every change. */
export const useSettings = create<SettingsState>((set, get) => ({
  settings: settingsSchema.parse({}),
  loaded: false,
  async load() {
    const settings = await loadSettings(db());
    set({ settings, loaded: true });
    return settings;
  },
  async set(key, value) {
    set({ settings: { ...get().settings, [key]: value } });
    await saveSetting(db(), key, value);
  },
}));
