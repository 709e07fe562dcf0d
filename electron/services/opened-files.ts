import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { KEY_REQUEST_EXTENSION } from '../../shared/keys/key-request';
import { KEYS_FILE_EXTENSION, KEYS_FILE_MAX_BYTES } from '../../shared/keys/keys-file';
import { BACKUP_EXTENSION } from './auto-backup';

export interface OpenedFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

/** Larger than any real backup; anything bigger is not one of ours. */
export const MAX_OPENED_FILE_BYTES = 200 * 1024 * 1024;

/** The files the app opens from the desktop (file associations in electron-builder.yml), with the largest each may be. */
export const OPENED_FILE_LIMITS: Readonly<Record<string, number>> = {
  [BACKUP_EXTENSION]: MAX_OPENED_FILE_BYTES,
  // Keys files and key requests are small: 10 MB at most, as conex and the app's import button say.
  [KEYS_FILE_EXTENSION]: KEYS_FILE_MAX_BYTES,
  [KEY_REQUEST_EXTENSION]: KEYS_FILE_MAX_BYTES,
};

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
}

/** The files of ours named on a command line (how Windows and Linux pass a double-clicked file): backups, keys files, key requests. */
export function openedPathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && Object.hasOwn(OPENED_FILE_LIMITS, extensionOf(arg)));
}

/** Reads a file the system asked the app to open; null when it is not a readable file of ours within its size limit. */
export async function readOpenedFile(path: string): Promise<OpenedFile | null> {
  const ext = extensionOf(path);
  if (!Object.hasOwn(OPENED_FILE_LIMITS, ext)) return null;
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > OPENED_FILE_LIMITS[ext]!) return null;
    return { name: basename(path), data: new Uint8Array(await readFile(path)) };
  } catch {
    return null;
  }
}
