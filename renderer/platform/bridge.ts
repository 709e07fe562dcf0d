import type { AppInfo, AppLanguage, IpcEventName, IpcEventPayload, UpdateStatus } from '../../shared/ipc/contract';
import type { ErrorReport } from '../../shared/ipc/error-report';
import type { IpcResult } from '../../shared/ipc/results';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The one bridge from features to the host. Two implementations: Electron
 * (through the preload's typed contract) and web (browser APIs). Features call
 * only this interface, never `window.conex` or browser file APIs directly.
 */
export interface PlatformBridge {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  systemLocale(): Promise<string>;
  /** Tells the host the language the app is read in: the desktop's menu and dialogs follow it; the web has none. */
  setLanguage(language: AppLanguage): Promise<void>;
  /** Saves bytes or text to a file the user chooses (a download on the web); not written there is an error result. */
  saveFile(options: {
    suggestedName: string;
    data: string | Uint8Array;
    mimeType: string;
    filters: FileFilter[];
  }): Promise<IpcResult<{ saved: boolean; path?: string }>>;
  /** Lets the user pick one file; null when they cancel, an error result when it is too large or cannot be read. */
  openFile(options: { filters: FileFilter[] }): Promise<IpcResult<{ name: string; data: Uint8Array } | null>>;
  /** A file the system asked the app to open at launch (a double-clicked backup, keys file or key request), handed over once; null on the web. */
  takeOpenedFile(): Promise<{ name: string; data: Uint8Array } | null>;
  /** A system notification; false when the user has not allowed them. */
  notify(options: { id: string; title: string; body: string }): Promise<boolean>;
  onNotificationClick(listener: (id: string) => void): () => void;
  /** Secrets: encrypted on disk in Electron (safeStorage), session-only on the web. */
  getSecret(key: string): Promise<string | null>;
  setSecret(key: string, value: string): Promise<{ encrypted: boolean }>;
  deleteSecret(key: string): Promise<void>;
  /** Opens an https page in the system browser, never in the app. */
  openExternal(url: string): Promise<void>;
  /** Automatic backups to a folder (Electron only). */
  readonly supportsBackupFolder: boolean;
  chooseBackupFolder(): Promise<string | null>;
  /** An error result when the folder was not chosen in the dialog, or cannot be written any more. */
  writeAutoBackup(options: { folder: string; data: string; keep: number }): Promise<IpcResult<{ path: string; removed: string[] }>>;
  /** Auto-update (Electron only; the web build reports it disabled). */
  checkForUpdates(): Promise<UpdateStatus>;
  downloadUpdate(): Promise<UpdateStatus>;
  installUpdate(): Promise<void>;
  setUpdateChannel(channel: 'stable' | 'beta'): Promise<void>;
  openLogsFolder(): Promise<void>;
  /** Writes a renderer failure (already redacted) where the host keeps its log: main's log file, or the console on the web. */
  reportError(report: ErrorReport): Promise<void>;
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
}
