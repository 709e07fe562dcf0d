import { describe, expect, it } from 'vitest';
import {
  autoBackupSchema,
  lastSuccessfulBackup,
  loadBackupSettings,
  recordAutoBackup,
  recordManualBackup,
  saveAutoBackup,
  updateAutoBackup,
} from './backup-settings';
import { storePerTest } from '../../test/store';
import { importLicenses, setInstalledVersion } from './maintenance';
import { loadReminderInputs, markNotified, parseThresholds, resetThresholds, setPoRaised, setThresholds, snooze } from './reminders';

const now = new Date('2026-11-25T10:00:00Z');
const stamp = now.toISOString();
const database = storePerTest('reminders-test');

const license = {
  id: 'l1',
  sen: 'SEN-00000001',
  product: 'conex-books' as const,
  deployment: 'server' as const,
  tier: 'Express' as const,
  type: 'academic' as const,
  entityId: 'lib',
  serverId: 'srv',
  licensee: 'Main Library',
  issued: stamp,
  maintenanceStart: '2026-01-01',
  maintenanceEnd: '2026-12-20',
  majorVersion: 9,
  createdAt: stamp,
  updatedAt: stamp,
};

describe('reminder settings and state', () => {
  it('thresholds are read as typed, sorted, and refused when not whole days from 1 to 365', () => {
    expect(parseThresholds('30, 90 7;60')).toEqual({ ok: true, value: [90, 60, 30, 7] });
    expect(parseThresholds(' ')).toEqual({ ok: true, value: [] });
    expect(parseThresholds('30, 30, 7')).toEqual({ ok: true, value: [30, 7] });
    for (const bad of ['0', '400', '2.5', 'thirty', '-7'])
      expect(parseThresholds(bad)).toMatchObject({ ok: false, error: { messageKey: 'maintenance:reminders.errors.thresholds' } });
    expect(parseThresholds('1 2 3 4 5 6 7 8 9 10 11')).toMatchObject({
      ok: false,
      error: { messageKey: 'maintenance:reminders.errors.tooMany' },
    });
  });

  it('an entity’s thresholds are stored, read back and reset to the defaults', async () => {
    await setThresholds(database(), 'lib', [14, 45], now);
    expect((await loadReminderInputs(database())).prefs.get('lib')).toEqual([45, 14]);
    await resetThresholds(database(), 'lib');
    expect((await loadReminderInputs(database())).prefs.has('lib')).toBe(false);
  });

  it('snooze, PO raised and the last notification are kept side by side for a license', async () => {
    await snooze(database(), 'l1', new Date('2026-12-02T10:00:00Z'));
    await setPoRaised(database(), 'l1', '2026-12-20', now);
    await markNotified(database(), [{ licenseId: 'l1', end: '2026-12-20', threshold: 30 }], now);
    expect(await database().reminderState.get('l1')).toEqual({
      licenseId: 'l1',
      snoozedUntil: '2026-12-02T10:00:00.000Z',
      poRaised: { forEnd: '2026-12-20', at: stamp },
      lastNotified: { end: '2026-12-20', threshold: 30, at: stamp },
    });
    await snooze(database(), 'l1', null);
    await setPoRaised(database(), 'l1', null, now);
    expect(await database().reminderState.get('l1')).toEqual({
      licenseId: 'l1',
      lastNotified: { end: '2026-12-20', threshold: 30, at: stamp },
    });
  });

  it('the installed version is recorded on the license (R-EOL-1) and can be cleared', async () => {
    await database().licenses.add(license);
    const set = await setInstalledVersion(database(), 'l1', 8, now);
    expect(set.ok && set.value.installedMajorVersion).toBe(8);
    await setInstalledVersion(database(), 'l1', undefined, now);
    expect(await database().licenses.get('l1')).not.toHaveProperty('installedMajorVersion');
    expect(await setInstalledVersion(database(), 'nope', 8, now)).toMatchObject({ ok: false });
  });

  it('a CSV import adds all licenses or none when a SEN was taken meanwhile (R-LIC-4)', async () => {
    await database().licenses.add(license);
    const result = await importLicenses(database(), [
      { ...license, id: 'l2', sen: 'SEN-00000002' },
      { ...license, id: 'l3', sen: 'SEN-00000001' },
    ]);
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'maintenance:csv.errors.senTakenMeanwhile' } });
    expect(await database().licenses.count()).toBe(1);
    expect(await importLicenses(database(), [{ ...license, id: 'l2', sen: 'SEN-00000002' }])).toEqual({ ok: true, value: 1 });
  });
});

describe('backup settings', () => {
  it('defaults to no automatic backup, daily, keeping 10', async () => {
    expect(await loadBackupSettings(database())).toEqual({ auto: { enabled: false, folder: null, intervalHours: 24, keep: 10 } });
  });

  it('stores the automatic backup choice and the last backups; a failed automatic backup is not the last good one', async () => {
    await saveAutoBackup(database(), { enabled: true, folder: '/backups', intervalHours: 6, keep: 5 });
    await recordManualBackup(database(), new Date('2026-11-20T10:00:00Z'));
    await recordAutoBackup(database(), new Date('2026-11-24T10:00:00Z'), { error: 'disk full' });
    let settings = await loadBackupSettings(database());
    expect(settings.auto).toEqual({ enabled: true, folder: '/backups', intervalHours: 6, keep: 5 });
    expect(lastSuccessfulBackup(settings)).toBe('2026-11-20T10:00:00.000Z');
    await recordAutoBackup(database(), new Date('2026-11-25T10:00:00Z'), { path: '/backups/a.conexbackup' });
    settings = await loadBackupSettings(database());
    expect(lastSuccessfulBackup(settings)).toBe('2026-11-25T10:00:00.000Z');
  });

  it('two quick changes merge: the second never undoes the first', async () => {
    await Promise.all([
      updateAutoBackup(database(), { enabled: true }),
      updateAutoBackup(database(), { keep: 3 }),
      updateAutoBackup(database(), { folder: '/b' }),
    ]);
    expect((await loadBackupSettings(database())).auto).toEqual({ enabled: true, folder: '/b', intervalHours: 24, keep: 3 });
  });

  it('a stored value that no longer validates falls back to the default', async () => {
    await database().settings.put({ key: 'backup.auto', value: { enabled: true, keep: 0 } });
    expect((await loadBackupSettings(database())).auto).toEqual(autoBackupSchema.parse({}));
  });
});
