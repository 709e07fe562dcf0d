import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BACKUP_EXTENSION } from './auto-backup';

export interface OpenedFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

/** Larger than any real backup; anything bigger is not one of ours. */
export const MAX_OPENED_FILE_BYTES = 200 * 1024 * 1024;

/** The backup files named on a command line (how Windows and Linux pass a double-clicked file). */
export function backupPathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`));
}

/** Reads a backup file the system asked the app to open; null when it is not a readable backup file. */
export async function readOpenedBackup(path: string): Promise<OpenedFile | null> {
  if (!path.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`)) return null;
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_OPENED_FILE_BYTES) return null;
    return { name: basename(path), data: new Uint8Array(await readFile(path)) };
  } catch {
    return null;
  }
}
