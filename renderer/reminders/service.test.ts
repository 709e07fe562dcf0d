import Dexie, { type ObservabilitySet } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordTimeSeen } from '../db/repos/clock';
import { recordManualBackup } from '../db/repos/backup-settings';
import { loadReminderInputs, setPoRaised } from '../db/repos/reminders';
import { loadBackupSettings } from '../db/repos/backup-settings';
import { i18next, initI18n } from '../i18n';
import type { Toast } from '../store/toast';
import { toCalendarDate } from '../../shared/calendar';
import { entityRow, licenseRow } from '../test/rows';
import { storePerTest } from '../test/store';
import { processReminders, reminderTarget, startReminders, type ReminderDeps } from './service';
import { useReminders } from './store';
import { toastText } from '../test/toast';

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
    expect(toastText(toasts[0])).toContain('Maintenance ends in 25 days');
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

  it('a first pass that notifies many licenses marks them all in one write transaction', async () => {
    await database().entities.bulkAdd(['e3', 'e4', 'e5', 'e6'].map((id) => entityRow(id, `Entity ${id}`)));
    await database().licenses.bulkAdd(['lib', 'sci', 'e3', 'e4', 'e5', 'e6'].map((entity, i) => license(`l${i}`, entity, '2026-12-20')));
    const writes: ObservabilitySet[] = [];
    const prefix = `idb://${database().name}/reminderState/`;
    const listener = (parts: ObservabilitySet) => Object.keys(parts).some((part) => part.startsWith(prefix)) && writes.push(parts);
    Dexie.on('storagemutated', listener);
    try {
      const { notified, pass } = harness();
      await pass();
      // Six at once come as one system notification that counts them (each is in the reminders panel).
      expect(notified).toEqual([
        { id: 'conex-reminder:all', title: 'Conex License Manager reminders', body: '6 reminders need your attention.' },
      ]);
      expect(await database().reminderState.count()).toBe(6);
      expect(writes).toHaveLength(1);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }
  });

  it('up to five notices are shown each on its own; a click on the one that counts more opens the reminders panel', async () => {
    await database().entities.bulkAdd(['e3', 'e4', 'e5'].map((id) => entityRow(id, `Entity ${id}`)));
    await database().licenses.bulkAdd(['lib', 'sci', 'e3', 'e4', 'e5'].map((entity, i) => license(`l${i}`, entity, '2026-12-20')));
    const { deps, notified, pass } = harness();
    await pass();
    expect(notified.map((n) => n.id)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4'].map((id) => `conex-reminder:license:${id}`));

    let click: (id: string) => void = () => undefined;
    useReminders.getState().setOpen(false);
    const stop = startReminders({
      ...deps,
      bridge: { ...deps.bridge, onNotificationClick: (listener) => ((click = listener), () => undefined) },
    });
    try {
      click('conex-reminder:all');
      expect(useReminders.getState().open).toBe(true);
    } finally {
      stop();
    }
  });

  it('a clock mark written later the same day computes nothing; one on the next day recomputes', async () => {
    await database().licenses.bulkAdd([license('l1', 'lib', '2026-12-20'), license('l2', 'sci', '2027-06-01')]);
    let current = now;
    const { deps } = harness();
    const settled = () => new Promise((resolve) => setTimeout(resolve, 300));
    let passes = 0;
    const off = useReminders.subscribe(() => passes++);
    const stop = startReminders({ ...deps, now: () => current });
    try {
      await vi.waitFor(async () => expect(await database().reminderState.count()).toBe(1), { timeout: 5000 });
      await settled();
      const before = passes;
      for (const minutes of [1, 2, 3]) {
        current = new Date(now.getTime() + minutes * 60_000);
        await recordTimeSeen(database(), current);
      }
      await settled();
      expect(passes).toBe(before);

      current = new Date('2026-11-26T00:01:00');
      await recordTimeSeen(database(), current);
      await vi.waitFor(() => expect(passes).toBeGreaterThan(before), { timeout: 5000 });
      expect(useReminders.getState().due.map((d) => d.daysLeft)).toEqual([24]);
    } finally {
      stop();
      off();
    }
  });

  it('a change to a license’s end date, with the same number of licenses, recomputes', async () => {
    await database().licenses.add(license('l1', 'lib', '2027-06-01'));
    const { deps } = harness();
    const stop = startReminders(deps);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(useReminders.getState().due).toEqual([]);
      await database().licenses.update('l1', { maintenanceEnd: '2026-12-20' });
      await vi.waitFor(() => expect(useReminders.getState().due.map((d) => d.licenseId)).toEqual(['l1']), { timeout: 5000 });
    } finally {
      stop();
    }
  });

  it('an evaluation leaves the reminders at the minute it ends, with nothing written to wake the service', async () => {
    const endsAt = new Date(Date.now() + 1_500);
    await database().licenses.add(
      licenseRow('l1', 'SEN-00000001', {
        entityId: 'lib',
        type: 'evaluation',
        maintenanceEnd: toCalendarDate(endsAt),
        evaluationEnd: toCalendarDate(endsAt),
        evaluationEndsAt: endsAt.toISOString(),
      }),
    );
    const { deps } = harness();
    const stop = startReminders({ ...deps, now: () => new Date() });
    try {
      await vi.waitFor(() => expect(useReminders.getState().due.map((d) => d.kind)).toEqual(['evaluation']), { timeout: 5000 });
      await vi.waitFor(() => expect(useReminders.getState().due).toEqual([]), { timeout: 6000 });
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
    expect(toastText(toasts[0])).toBe('2 reminders need your attention.');
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
