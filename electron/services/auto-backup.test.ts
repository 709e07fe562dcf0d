import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackupFileName, listAutoBackups, writeAutoBackup } from './auto-backup';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'conex-backups-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const at = (minute: number) => new Date(Date.UTC(2025, 10, 25, 20, minute, 0));

describe('automatic backups to a chosen folder (R-ACC-4)', () => {
  it('writes the backup as a .conexbackup file named by its time', async () => {
    const { path, removed } = await writeAutoBackup({ folder, data: '{"v":1}', keep: 3, now: at(34) });
    expect(basename(path)).toBe('conex-backup-2025-11-25T20-34-00-000Z.conexbackup');
    expect(await readFile(path, 'utf8')).toBe('{"v":1}');
    expect(removed).toEqual([]);
  });

  it('keeps only the newest N automatic backups', async () => {
    for (let m = 1; m <= 4; m++) await writeAutoBackup({ folder, data: `${m}`, keep: 3, now: at(m) });
    const { removed } = await writeAutoBackup({ folder, data: '5', keep: 3, now: at(5) });
    expect(removed.map((p) => basename(p))).toEqual([autoBackupFileName(at(2))]);
    expect(await listAutoBackups(folder)).toEqual([autoBackupFileName(at(5)), autoBackupFileName(at(4)), autoBackupFileName(at(3))]);
  });

  it('never deletes files it did not write', async () => {
    await writeFile(join(folder, 'my-notes.txt'), 'keep me');
    await writeFile(join(folder, 'manual.conexbackup'), 'keep me too');
    for (let m = 1; m <= 3; m++) await writeAutoBackup({ folder, data: `${m}`, keep: 1, now: at(m) });
    expect((await readdir(folder)).sort()).toEqual([autoBackupFileName(at(3)), 'manual.conexbackup', 'my-notes.txt'].sort());
  });

  it('does not overwrite a backup taken in the same millisecond', async () => {
    const a = await writeAutoBackup({ folder, data: 'a', keep: 5, now: at(1) });
    const b = await writeAutoBackup({ folder, data: 'b', keep: 5, now: at(1) });
    expect(a.path).not.toBe(b.path);
    expect(await readFile(a.path, 'utf8')).toBe('a');
    expect(await readFile(b.path, 'utf8')).toBe('b');
  });

  it('leaves no partial file behind', async () => {
    await writeAutoBackup({ folder, data: 'x', keep: 2, now: at(1) });
    expect((await readdir(folder)).some((n) => n.endsWith('.partial'))).toBe(false);
  });

  it('refuses a keep count below one and a folder that does not exist', async () => {
    await expect(writeAutoBackup({ folder, data: 'x', keep: 0, now: at(1) })).rejects.toThrow(RangeError);
    await expect(writeAutoBackup({ folder: join(folder, 'missing'), data: 'x', keep: 1, now: at(1) })).rejects.toThrow();
  });
});

describe('automatic backups when the clock misbehaves (issue 14)', () => {
  it('a backup written after the clock was set back gets its own name and survives the retention it triggers', async () => {
    for (let m = 10; m <= 12; m++) await writeAutoBackup({ folder, data: `${m}`, keep: 3, now: at(m) });
    const back = await writeAutoBackup({ folder, data: 'after the clock went back', keep: 3, now: at(1) });
    expect(await readFile(back.path, 'utf8')).toBe('after the clock went back');
    expect(back.removed.map((p) => basename(p))).toEqual([autoBackupFileName(at(10))]);
    expect(await listAutoBackups(folder)).toContain(basename(back.path));
  });

  it('keeping one, a second backup of the same millisecond replaces the first, never itself', async () => {
    const first = await writeAutoBackup({ folder, data: 'first', keep: 1, now: at(1) });
    const second = await writeAutoBackup({ folder, data: 'second', keep: 1, now: at(1) });
    expect(second.path).not.toBe(first.path);
    expect(second.removed).toEqual([first.path]);
    expect(await readFile(second.path, 'utf8')).toBe('second');
  });

  it('ten backups of the same millisecond sort by their suffix as a number, newest first', async () => {
    for (let i = 0; i < 11; i++) await writeAutoBackup({ folder, data: `${i}`, keep: 20, now: at(1) });
    const names = await listAutoBackups(folder);
    expect(names[0]).toBe(autoBackupFileName(at(1), 10));
    expect(names[names.length - 1]).toBe(autoBackupFileName(at(1)));
  });

  it('two backups asked for at the same moment both land, under distinct names', async () => {
    const [a, b] = await Promise.all([
      writeAutoBackup({ folder, data: 'a', keep: 5, now: at(1) }),
      writeAutoBackup({ folder, data: 'b', keep: 5, now: at(1) }),
    ]);
    expect(a.path).not.toBe(b.path);
    expect([await readFile(a.path, 'utf8'), await readFile(b.path, 'utf8')].sort()).toEqual(['a', 'b']);
  });
});
