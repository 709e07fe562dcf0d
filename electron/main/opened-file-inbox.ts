import { app } from 'electron';
import { openedPathsFromArgv, readOpenedFile, type OpenedFile } from '../services/opened-files';

export interface OpenedFileInboxDeps {
  /** True once the page is loaded and listens for 'file:opened'. */
  pageReady(): boolean;
  /** Hands a file to the page ('file:opened') and brings the window forward. */
  deliver(file: OpenedFile): void;
  focusWindow(): void;
  warn(message: string): void;
}

export interface OpenedFileInbox {
  /** Opens the files of ours named on a command line (the app's own at launch). */
  openFromArgv(argv: readonly string[]): Promise<void>;
  /** The file that arrived before the page was ready, handed over once ('file:take-opened'). */
  take(): OpenedFile | null;
}

/**
 * Files the system asks the app to open: a double-click or Open With (a command line on Windows and Linux,
 * 'open-file' on macOS, 'second-instance' when the app already runs). Backups, keys files and key requests
 * all go to the page, which routes each to its screen by its extension.
 */
export function receiveOpenedFiles(deps: OpenedFileInboxDeps): OpenedFileInbox {
  let pending: OpenedFile | null = null;
  const open = async (path: string) => {
    const file = await readOpenedFile(path);
    if (!file) return deps.warn('Ignored a file that is not a readable backup, keys file or key request.');
    if (deps.pageReady()) deps.deliver(file);
    else pending = file;
  };
  const openFromArgv = async (argv: readonly string[]) => {
    for (const path of openedPathsFromArgv(argv)) await open(path);
  };

  app.on('second-instance', (_event, argv) => {
    deps.focusWindow();
    void openFromArgv(argv.slice(1));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void open(path);
  });
  return {
    openFromArgv,
    take: () => {
      const file = pending;
      pending = null;
      return file;
    },
  };
}
