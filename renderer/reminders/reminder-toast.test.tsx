import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBackupSettings } from '../db/repos/backup-settings';
import { loadReminderInputs } from '../db/repos/reminders';
import { i18next, initI18n, switchLanguage } from '../i18n';
import { useToast } from '../store/toast';
import { entityRow, licenseRow } from '../test/rows';
import { storePerTest } from '../test/store';
import { Toaster } from '../ui/Toaster';
import { processReminders } from './service';

const now = new Date('2026-11-25T10:00:00');
const database = storePerTest('reminder-toast', {
  seed: (store) => store.entities.add(entityRow('lib', 'Main Library')),
  release: () => useToast.getState().dismiss(),
});
beforeEach(async () => {
  await initI18n('en');
});
afterEach(async () => {
  await switchLanguage('en');
});

/** One reminders pass as the app runs it, its in-app message raised in the app's toast store. */
async function remind() {
  await processReminders(
    {
      database: database(),
      bridge: { notify: async () => true, onNotificationClick: () => () => undefined },
      now: () => now,
      t: i18next.t.bind(i18next),
      language: () => i18next.language,
      toast: (toast) => useToast.getState().show(toast),
      go: () => undefined,
    },
    await loadReminderInputs(database()),
    await loadBackupSettings(database()),
  );
}

describe('a reminder message already showing when the user switches language', () => {
  it('raised in English reads in Arabic, its date and its button too, once the user chooses Arabic (R-MAINT-4)', async () => {
    await database().licenses.add(licenseRow('l1', 'SEN-00000001', { entityId: 'lib', maintenanceEnd: '2026-12-20' }));
    render(<Toaster />);
    await act(remind);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Maintenance ends in 25 days. SEN-00000001 · Main Library: ends on Dec 20, 2026.');
    expect(screen.getByRole('button', { name: 'Renew' })).toBeTruthy();

    await act(() => switchLanguage('ar'));

    // ar-DZ writes the day with Western digits and right-to-left marks around the slashes.
    expect(alert.textContent).toContain('تنتهي الصيانة خلال 25 يومًا. SEN-00000001 · Main Library: ينتهي في 20\u200f/12\u200f/2026.');
    expect(alert.textContent).not.toMatch(/Maintenance|Dec/);
    expect(screen.getByRole('button', { name: 'تجديد' })).toBeTruthy();
  });

  it('a message of a feature raised in French follows the switch to English', async () => {
    render(<Toaster />);
    await act(() => switchLanguage('fr'));
    act(() => useToast.getState().show({ severity: 'success', ns: 'entities', message: (t) => t('deleted', { name: 'Bibliothèque' }) }));
    const french = (await screen.findByRole('alert')).textContent;
    await act(() => switchLanguage('en'));
    const english = screen.getByRole('alert').textContent;
    expect(english).toContain('Entity “Bibliothèque” deleted.');
    expect(french).not.toBe(english);
  });
});
