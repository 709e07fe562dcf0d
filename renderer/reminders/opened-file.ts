import { create } from 'zustand';
// The extensions alone: the readers of these formats load with the screen that opens the file, not with the start.
import { BACKUP_EXTENSION, KEY_REQUEST_EXTENSION, KEYS_FILE_EXTENSION } from '../../shared/file-extensions';
import type { PlatformBridge } from '../platform/bridge';
import type { Route } from '../store/route';

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

/** What a file opened from the system is, by its extension: each kind has its own screen. */
export type OpenedFileKind = 'backup' | 'keys' | 'request';

const KINDS: Readonly<Record<string, OpenedFileKind>> = {
  [BACKUP_EXTENSION]: 'backup',
  [KEYS_FILE_EXTENSION]: 'keys',
  [KEY_REQUEST_EXTENSION]: 'request',
};

/** The kind of an opened file from its name (any case); null for a file that is not ours. */
export function openedFileKind(name: string): OpenedFileKind | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (KINDS[name.slice(dot + 1).toLowerCase()] ?? null);
}

/** Where each kind goes: a backup to its restore, a keys file to Import keys file, a key request to what it asks. */
const ROUTES: Readonly<Record<OpenedFileKind, Route>> = {
  backup: { screen: 'backups', intent: { kind: 'restore-opened' } },
  keys: { screen: 'licenses', intent: { kind: 'import-opened' } },
  request: { screen: 'licenses', intent: { kind: 'request-opened' } },
};

interface OpenedFileState {
  waiting: { kind: OpenedFileKind; file: OpenedFile } | null;
  /** Hands the waiting file over once, to the screen of its kind; null when none of that kind waits. */
  take: (kind: OpenedFileKind) => OpenedFile | null;
}

/** A file the system asked the app to open (a double-clicked backup, keys file or key request), waiting for its screen. */
export const useOpenedFile = create<OpenedFileState>((set, get) => ({
  waiting: null,
  take: (kind) => {
    const waiting = get().waiting;
    if (waiting?.kind !== kind) return null;
    set({ waiting: null });
    return waiting.file;
  },
}));

/** Listens for files opened while the app runs and takes the user to the screen of each; returns a stop function. */
export function listenForOpenedFiles(bridge: Pick<PlatformBridge, 'on' | 'takeOpenedFile'>, go: (route: Route) => void): () => void {
  const open = (file: OpenedFile) => {
    const kind = openedFileKind(file.name);
    if (!kind) return;
    useOpenedFile.setState({ waiting: { kind, file: { name: file.name, data: file.data } } });
    // Each go is a new navigation (useNavigation's seq), so the same file opened twice shows twice.
    go(ROUTES[kind]);
  };
  // A file that started the app arrived before this page listened: it waits in main to be taken.
  void bridge.takeOpenedFile().then((file) => file && open(file));
  return bridge.on('file:opened', open);
}
