import { create } from 'zustand';
import type { PlatformBridge } from '../platform/bridge';
import type { Screen } from '../store/navigation';

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

interface OpenedBackupState {
  file: OpenedFile | null;
  /** Hands the waiting file over once, to the Backups screen's restore. */
  take: () => OpenedFile | null;
}

/** A backup file the system asked the app to open (double-click on a .conexbackup), waiting for the restore flow. */
export const useOpenedBackup = create<OpenedBackupState>((set, get) => ({
  file: null,
  take: () => {
    const file = get().file;
    set({ file: null });
    return file;
  },
}));

/** Listens for backup files opened while the app runs and takes the user to their restore; returns a stop function. */
export function listenForOpenedBackups(
  bridge: Pick<PlatformBridge, 'on' | 'takeOpenedFile'>,
  go: (screen: Screen, params?: Record<string, string>) => void,
): () => void {
  const open = (file: OpenedFile) => {
    useOpenedBackup.setState({ file: { name: file.name, data: file.data } });
    go('backups', { restore: 'opened', at: String(Date.now()) });
  };
  // A file that started the app arrived before this page listened: it waits in main to be taken.
  void bridge.takeOpenedFile().then((file) => file && open(file));
  return bridge.on('file:opened', open);
}
