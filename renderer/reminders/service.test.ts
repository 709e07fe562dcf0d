import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordManualBackup, saveAutoBackup } from '../db/repos/backup-settings';
import { loadReminderInputs, setPoRaised } from '../db/repos/reminders';
import { lastSuccessfulBackup, loadBackupSettings } from '../db/repos/backup-settings';
import { err, ok } from '../../shared/errors';
import { ipcError } from '../../shared/ipc/results';
import { i18next, initI18n } from '../i18n';
import type { Toast } from '../store/toast';
import { entityRow, licenseRow } from '../test/rows';
import { storePerTest } from '../test/store';
import { runAutoBackupIfDue } from './auto-backup';
import { processReminders, reminderTarget, startReminders, type ReminderDeps } from './service';
import { useReminders } from './store';

const now = new Date('2026-11-25T10:00:00');
beforeEach(async () => {
  await initI18n('en');
});
const database = storePerTest('service-test', {
  seed: (store) => store.entities.bulkAdd([entityRow('lib', 'Main Library'), entityRow('sci', 'Faculty of Science', { kind: 'faculty' })]),
});

const license = (id: string, entityId: string, maintenanceEnd: string) =>
  licenseRow(id, `SEN-0000000${id.slice(-1)}`, { entityId, maintenanceEnd, licensee: 'Licensee' });

function harness(permission = true) {
  const notified: { id: string; title: string; body: string }[] = [];
  const toasts: Omit<Toast, 'id'>[] = [];
  const went: unknown[] = [];
  const deps: ReminderDeps = {
    database: database(),
    bridge: {
      notify: async (n) => {
        notified.push(n);
        return permission;
      },
      onNotificationClick: () => () => undefined,
    },
    now: () => now,
    t: i18next.t.bind(i18next),
    language: () => 'en',
    toast: (toast) => toasts.push(toast),
    go: (route) => void went.push(route),
  };
  const pass = async () => processReminders(deps, await loadReminderInputs(database()), await loadBackupSettings(database()));
  return { deps, notified, toasts, went, pass };
}

describe('the reminder service', () => {
  it('a license ending in 25 days raises one system notification and one in-app message, once', async () => {
    await database().licenses.add(license('l1', 'lib', '2026-12-20'));
    const { notified, toasts, went, pass } = harness();
    await pass();
    expect(notified).toEqual([
      { id: 'conex-reminder:license:l1', title: 'Maintenance ends in 25 days', body: 'SEN-00000001 · Main Library: ends on Dec 20, 2026.' },
    ]);
    expect(toasts).toHaveLength(1);
    expect(toasts[0]?.message).toContain('Maintenance ends in 25 days');
    toasts[0]?.action?.run();
    expect(went).toEqual([{ screen: 'quotes', intent: { kind: 'renew', licenseId: 'l1' } }]);
    expect(useReminders.getState().due.map((d) => [d.sen, d.threshold, d.entityName])).toEqual([['SEN-00000001', 30, 'Main Library']]);

    // The next hourly pass finds the same threshold: nothing new is shown, the badge stays.
    await pass();
    expect(notified).toHaveLength(1);
    expect(toasts).toHaveLength(1);
    expect(useReminders.getState().due).toHaveLength(1);
  });

  it('running, with every mark of a notification waking it again, notifies each crossing exactly once', async () => {
    await database().licenses.bulkAdd([
      license('l1', 'lib', '2026-12-20'),
      license('l2', 'sci', '2026-11-28'),
      license('l3', 'sci', '2027-02-01'),
    ]);
    const { deps, notified } = harness();
    const stop = startReminders(deps);
    try {
      await vi.waitFor(async () => expect(await database().reminderState.count()).toBe(3), { timeout: 5000 });
      // Let the passes the marks woke run to the end.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(notified.map((n) => n.id).sort()).toEqual(['conex-reminder:entity:sci', 'conex-reminder:license:l1']);
    } finally {
      stop();
    }
  });

  it('when notifications are not allowed, the in-app message still shows and is not repeated', async () => {
    await database().licenses.add(license('l1', 'lib', '2026-12-20'));
    const { toasts, pass } = harness(false);
    await pass();
    await pass();
    expect(toasts).toHaveLength(1);
  });

  it('several licenses of one entity are notified once, leading to a co-terminated renewal of the entity (R-MAINT-7)', async () => {
    await database().licenses.bulkAdd([
      license('l1', 'lib', '2026-12-20'),
      license('l2', 'lib', '2027-01-10'),
      license('l3', 'sci', '2026-12-01'),
    ]);
    const { notified, toasts, pass } = harness();
    await pass();
    expect(notified.map((n) => n.id)).toEqual(['conex-reminder:entity:lib', 'conex-reminder:license:l3']);
    expect(notified[0]?.title).toBe('2 licenses of Main Library end soon');
    expect(reminderTarget(notified[0]?.id ?? '')).toEqual({ screen: 'quotes', intent: { kind: 'renewEntity', entityId: 'lib' } });
    expect(toasts[0]?.message).toBe('2 reminders need your attention.');
    toasts[0]?.action?.run();
    expect(useReminders.getState().open).toBe(true);
  });

  it('a PO raised silences the license: no notification, not in the list', async () => {
    await database().licenses.add(license('l1', 'lib', '2026-12-20'));
    await setPoRaised(database(), 'l1', '2026-12-20', now);
    const { notified, pass } = harness();
    await pass();
    expect(notified).toEqual([]);
    expect(useReminders.getState().due).toEqual([]);
  });

  it('the panel says when this app’s data was never backed up, or not for 30 days (R-ACC-4)', async () => {
    await database().licenses.add(license('l1', 'lib', '2028-12-20'));
    const { pass } = harness();
    await pass();
    expect(useReminders.getState().backupOverdue).toBe('never');
    await recordManualBackup(database(), new Date('2026-10-01T10:00:00'));
    await pass();
    expect(useReminders.getState().backupOverdue).toBe(55);
    await recordManualBackup(database(), new Date('2026-11-20T10:00:00'));
    await pass();
    expect(useReminders.getState().backupOverdue).toBeNull();
  });

  it('after a restore, the reminders count the restored backup as the last one and say when it was restored (issue 16)', async () => {
    await database().licenses.add(license('l1', 'lib', '2028-12-20'));
    const { pass } = harness();
    await database().settings.put({
      key: 'backup.lastRestore',
      value: { at: '2026-11-24T09:00:00.000Z', backupCreatedAt: '2026-11-20T08:00:00.000Z', mode: 'replace' },
    });
    await pass();
    expect(useReminders.getState().backupOverdue).toBeNull();
    expect(useReminders.getState().restored).toEqual({ at: '2026-11-24T09:00:00.000Z', taken: '2026-11-20T08:00:00.000Z' });
  });

  it('a notification click leads to the Renew tab, of a license or of an entity; anything else is ignored', () => {
    expect(reminderTarget('conex-reminder:license:l1')).toEqual({ screen: 'quotes', intent: { kind: 'renew', licenseId: 'l1' } });
    expect(reminderTarget('conex-reminder:entity:lib')).toEqual({ screen: 'quotes', intent: { kind: 'renewEntity', entityId: 'lib' } });
    expect(reminderTarget('conex-reminder:evaluation:l9')).toEqual({ screen: 'quotes', intent: { kind: 'new' } });
    // An id holding a colon is kept whole, never cut at it.
    expect(reminderTarget('conex-reminder:license:a:b')).toEqual({ screen: 'quotes', intent: { kind: 'renew', licenseId: 'a:b' } });
    expect(reminderTarget('update-ready')).toBeUndefined();
    expect(reminderTarget('conex-reminder:license:')).toBeUndefined();
    expect(reminderTarget('conex-reminder:unknown:x')).toBeUndefined();
  });
});

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
