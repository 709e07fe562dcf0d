import { resolve } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

const settingsSchema = z.object({
  updateChannel: z.enum(['stable', 'beta']).default('stable'),
  /** Folders the user picked in the folder dialog; automatic backups are written nowhere else. */
  backupFolders: z.array(z.string()).max(20).default([]),
});
export type DesktopSettings = z.infer<typeof settingsSchema>;
export type UpdateChannel = DesktopSettings['updateChannel'];

export interface DesktopSettingsStore {
  read(): Promise<DesktopSettings>;
  setUpdateChannel(channel: UpdateChannel): Promise<void>;
  /** Remembers a folder the user chose in the system dialog. */
  allowBackupFolder(folder: string): Promise<void>;
  /** True only for a folder the user chose themselves, so a renderer cannot make main write elsewhere. */
  isBackupFolderAllowed(folder: string): Promise<boolean>;
}

/** Settings only the desktop shell needs, in userData as JSON. */
export function createDesktopSettingsStore(file: string): DesktopSettingsStore {
  const read = async (): Promise<DesktopSettings> => (await readJsonFile(file, settingsSchema)) ?? settingsSchema.parse({});
  return {
    read,
    async setUpdateChannel(channel) {
      await writeJsonFileAtomic(file, { ...(await read()), updateChannel: channel });
    },
    async allowBackupFolder(folder) {
      const settings = await read();
      const normalized = resolve(folder);
      // The most recent choices are kept; the list stays short.
      const backupFolders = [normalized, ...settings.backupFolders.filter((f) => f !== normalized)].slice(0, 20);
      await writeJsonFileAtomic(file, { ...settings, backupFolders });
    },
    async isBackupFolderAllowed(folder) {
      return (await read()).backupFolders.includes(resolve(folder));
    },
  };
}
