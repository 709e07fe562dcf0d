import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** The extension of Conex backup files (JSON inside); the installers associate it with the app. */
export const BACKUP_EXTENSION = 'conexbackup';

const AUTO_BACKUP_NAME = /^conex-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.conexbackup$/;

/** A file name that sorts by time: conex-backup-2025-11-25T20-34-00-000Z.conexbackup. */
export function autoBackupFileName(now: Date, suffix = 0): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `conex-backup-${stamp}${suffix > 0 ? `-${suffix}` : ''}.${BACKUP_EXTENSION}`;
}

/** Newest first: by the time in the name, then by the suffix a second backup of the same millisecond got (as a number: -10 after -9). */
function newestFirst(a: string, b: string): number {
  const [, stampA = '', suffixA = '0'] = AUTO_BACKUP_NAME.exec(a) ?? [];
  const [, stampB = '', suffixB = '0'] = AUTO_BACKUP_NAME.exec(b) ?? [];
  if (stampA !== stampB) return stampA < stampB ? 1 : -1;
  return Number(suffixB) - Number(suffixA);
}

/** The automatic backups in a folder, newest first; other files are never touched. */
export async function listAutoBackups(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names.filter((n) => AUTO_BACKUP_NAME.test(n)).sort(newestFirst);
}

async function writeNew(folder: string, now: Date, data: string): Promise<string> {
  const existing = new Set(await readdir(folder));
  let suffix = 0;
  // Two backups in the same millisecond get a suffix rather than overwriting each other.
  while (existing.has(autoBackupFileName(now, suffix))) suffix++;
  const path = join(folder, autoBackupFileName(now, suffix));
  const tmp = `${path}.partial`;
  await writeFile(tmp, data, 'utf8');
  await rename(tmp, path);
  return path;
}

/** Writes run one after another: two at once would both find the same name free. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes one automatic backup into `folder` and keeps only the newest `keep`
 * automatic backups there. The new file is complete before any old one is
 * removed, and is never removed itself: after the clock was set back it is
 * named earlier than the others, and it is still the one just written. A
 * failed write throws; it is never reported as written.
 */
export function writeAutoBackup(options: {
  folder: string;
  data: string;
  keep: number;
  now: Date;
}): Promise<{ path: string; removed: string[] }> {
  const run = queue.then(() => writeAndPrune(options));
  queue = run.catch(() => undefined);
  return run;
}

async function writeAndPrune(options: {
  folder: string;
  data: string;
  keep: number;
  now: Date;
}): Promise<{ path: string; removed: string[] }> {
  const { folder, data, keep, now } = options;
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be a positive integer, got ${keep}`);
  const path = await writeNew(folder, now, data);
  const written = basename(path);
  const others = (await listAutoBackups(folder)).filter((n) => n !== written);
  const stale = others.slice(keep - 1).map((n) => join(folder, n));
  for (const file of stale) await rm(file, { force: true });
  return { path, removed: stale };
}
