import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathsFromArgv, readOpenedBackup } from './opened-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backup files opened from the system (file association)', () => {
  it('picks the backup files out of a command line', () => {
    expect(backupPathsFromArgv(['--inspect', 'C:\\Users\\a\\Backup.CONEXBACKUP', '/tmp/notes.txt', '/home/a/b.conexbackup'])).toEqual([
      'C:\\Users\\a\\Backup.CONEXBACKUP',
      '/home/a/b.conexbackup',
    ]);
  });

  it('reads a backup file by name and bytes', async () => {
    const path = join(dir, 'site.conexbackup');
    await writeFile(path, '{"format":"conex-backup"}');
    const file = await readOpenedBackup(path);
    expect(file?.name).toBe('site.conexbackup');
    expect(new TextDecoder().decode(file?.data)).toBe('{"format":"conex-backup"}');
  });

  it('ignores other files, folders and missing paths', async () => {
    await writeFile(join(dir, 'notes.txt'), 'x');
    await mkdir(join(dir, 'folder.conexbackup'));
    expect(await readOpenedBackup(join(dir, 'notes.txt'))).toBeNull();
    expect(await readOpenedBackup(join(dir, 'folder.conexbackup'))).toBeNull();
    expect(await readOpenedBackup(join(dir, 'gone.conexbackup'))).toBeNull();
  });
});
