import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openedPathsFromArgv, readOpenedFile } from './opened-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('files opened from the system (file associations)', () => {
  it('picks backups, keys files and key requests out of a command line, in any case', () => {
    const argv = ['--inspect', 'C:\\Users\\a\\Backup.CONEXBACKUP', '/tmp/notes.txt', '/a/b.conexkeys', '/a/c.ConexRequest', '/a/conexkeys'];
    expect(openedPathsFromArgv(argv)).toEqual(['C:\\Users\\a\\Backup.CONEXBACKUP', '/a/b.conexkeys', '/a/c.ConexRequest']);
  });

  it('reads a backup, a keys file and a key request by name and bytes', async () => {
    await writeFile(join(dir, 'site.conexbackup'), '{"format":"conex-backup"}');
    await writeFile(join(dir, 'all.conexkeys'), '# SEN-00000001 Main Library');
    await writeFile(join(dir, 'server.conexrequest'), '{}');
    const backup = await readOpenedFile(join(dir, 'site.conexbackup'));
    expect(backup?.name).toBe('site.conexbackup');
    expect(new TextDecoder().decode(backup?.data)).toBe('{"format":"conex-backup"}');
    expect((await readOpenedFile(join(dir, 'all.conexkeys')))?.name).toBe('all.conexkeys');
    expect((await readOpenedFile(join(dir, 'server.conexrequest')))?.name).toBe('server.conexrequest');
  });

  it('ignores other files, folders, missing paths and a keys file over 10 MB', async () => {
    await writeFile(join(dir, 'notes.txt'), 'x');
    await mkdir(join(dir, 'folder.conexbackup'));
    await writeFile(join(dir, 'big.conexkeys'), Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(await readOpenedFile(join(dir, 'notes.txt'))).toBeNull();
    expect(await readOpenedFile(join(dir, 'folder.conexbackup'))).toBeNull();
    expect(await readOpenedFile(join(dir, 'gone.conexbackup'))).toBeNull();
    expect(await readOpenedFile(join(dir, 'big.conexkeys'))).toBeNull();
  });
});
