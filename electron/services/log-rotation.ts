import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** The archive name for generation `n`: main.log → main.1.log, main.2.log, ... */
export function archivedLogPath(file: string, n: number): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.${n}${ext}`);
}

/**
 * Rotates a full log file: main.log becomes main.1.log, main.1.log becomes
 * main.2.log, and so on; the oldest beyond `keep` archives is deleted.
 * Synchronous because electron-log calls it between two writes.
 */
export function rotateLogFile(file: string, keep: number): void {
  rmSync(archivedLogPath(file, keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    const from = archivedLogPath(file, n);
    if (existsSync(from)) renameSync(from, archivedLogPath(file, n + 1));
  }
  if (existsSync(file)) renameSync(file, archivedLogPath(file, 1));
}
