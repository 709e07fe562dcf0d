import { beforeEach, describe, expect, it } from 'vitest';
import { lastSuccessfulBackup, loadBackupSettings, saveAutoBackup } from '../db/repos/backup-settings';
import { err, ok } from '../../shared/errors';
import { ipcError } from '../../shared/ipc/results';
import { i18next, initI18n } from '../i18n';
import { storePerTest } from '../test/store';
import { runAutoBackupIfDue } from './auto-backup';

const now = new Date('2026-11-25T10:00:00');
beforeEach(async () => {
  await initI18n('en');
});
const database = storePerTest('auto-backup-test');

describe('automatic backups (desktop)', () => {
  function bridge(supports = true, fail = false) {
    const writes: { folder: string; data: string; keep: number }[] = [];
    return {
      writes,
      value: {
        supportsBackupFolder: supports,
        appInfo: async () => ({ name: 'x', version: '1.0.0', electron: '', chrome: '', node: '', platform: 'linux', sandboxMode: false }),
        writeAutoBackup: async (o: { folder: string; data: string; keep: number }) => {
          // What main answers for a folder it may not write to.
          if (fail) return err(ipcError('backup-not-written', { folder: o.folder, reason: 'EACCES' }));
          writes.push(o);
          return ok({ path: `${o.folder}/conex-backup.conexbackup`, removed: [] as string[] });
        },
      },
    };
  }
  const deps = (b: ReturnType<typeof bridge>['value'], at = now) => ({
    database: database(),
    bridge: b,
    now: () => at,
    t: i18next.t.bind(i18next),
    toast: () => undefined,
  });

  it('writes a backup to the chosen folder when due, keeping the last N, then waits for the interval', async () => {
    await saveAutoBackup(database(), { enabled: true, folder: '/backups', intervalHours: 24, keep: 5 });
    const b = bridge();
    expect(await runAutoBackupIfDue(deps(b.value))).toBe('written');
    expect(b.writes[0]).toMatchObject({ folder: '/backups', keep: 5 });
    expect(JSON.parse(b.writes[0]?.data ?? '{}')).toMatchObject({ format: 'conex-license-manager-backup' });
    expect(await runAutoBackupIfDue(deps(b.value, new Date(now.getTime() + 3_600_000)))).toBe('not-due');
    expect(await runAutoBackupIfDue(deps(b.value, new Date(now.getTime() + 25 * 3_600_000)))).toBe('written');
    expect((await loadBackupSettings(database())).lastAuto?.path).toBe('/backups/conex-backup.conexbackup');
  });

  it('does nothing on the web, when off, or without a folder', async () => {
    expect(await runAutoBackupIfDue(deps(bridge().value))).toBe('off');
    await saveAutoBackup(database(), { enabled: true, folder: '/backups', intervalHours: 24, keep: 5 });
    expect(await runAutoBackupIfDue(deps(bridge(false).value))).toBe('off');
    await saveAutoBackup(database(), { enabled: true, folder: null, intervalHours: 24, keep: 5 });
    expect(await runAutoBackupIfDue(deps(bridge().value))).toBe('off');
  });

  it('a failed write is no backup: the last one written stays the last backup, and the next try comes within the hour (issue 14)', async () => {
    await saveAutoBackup(database(), { enabled: true, folder: '/backups', intervalHours: 24, keep: 5 });
    expect(await runAutoBackupIfDue(deps(bridge().value))).toBe('written');
    const later = new Date(now.getTime() + 25 * 3_600_000);
    expect(await runAutoBackupIfDue(deps(bridge(true, true).value, later))).toBe('failed');
    const settings = await loadBackupSettings(database());
    expect(settings.lastAuto).toMatchObject({ error: expect.stringContaining('(EACCES)'), lastOk: { at: now.toISOString() } });
    expect(lastSuccessfulBackup(settings)).toBe(now.toISOString());
    expect(await runAutoBackupIfDue(deps(bridge().value, new Date(later.getTime() + 30 * 60_000)))).toBe('not-due');
    expect(await runAutoBackupIfDue(deps(bridge().value, new Date(later.getTime() + 61 * 60_000)))).toBe('written');
  });

  it('after the clock was set back, a backup is due at once instead of waiting for the old time to come round (issue 14)', async () => {
    await saveAutoBackup(database(), { enabled: true, folder: '/backups', intervalHours: 24, keep: 5 });
    expect(await runAutoBackupIfDue(deps(bridge().value))).toBe('written');
    expect(await runAutoBackupIfDue(deps(bridge().value, new Date(now.getTime() - 30 * 24 * 3_600_000)))).toBe('written');
  });

  it('a failure is recorded with its reason and said once', async () => {
    await saveAutoBackup(database(), { enabled: true, folder: '/readonly', intervalHours: 24, keep: 5 });
    const toasts: unknown[] = [];
    expect(await runAutoBackupIfDue({ ...deps(bridge(true, true).value), toast: (x) => toasts.push(x) })).toBe('failed');
    expect((await loadBackupSettings(database())).lastAuto?.error).toBe(
      'The backup could not be written to /readonly (EACCES). Check that the folder is still there and that you may write to it.',
    );
    expect(toasts).toHaveLength(1);
  });
});
