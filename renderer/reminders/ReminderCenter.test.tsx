import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toCalendarDate } from '../../shared/calendar';
import { appServices } from '../app/services';
import { i18next } from '../i18n';
import { componentStorePerTest } from '../test/component-store';
import { entityRow, licenseRow } from '../test/rows';
import { ReminderCenter } from './ReminderCenter';
import { useReminders } from './store';

const DAY = 86_400_000;
const day = (offset: number) => toCalendarDate(new Date(Date.now() + offset * DAY));

const database = componentStorePerTest('reminder-center', {
  seed: (store) => store.entities.add(entityRow('library', 'Main Library')),
  release: () => useReminders.setState({ due: [], open: false }),
});

let stopReminders: () => void = () => undefined;
afterEach(async () => {
  stopReminders();
  await i18next.changeLanguage('en');
});

/** The badge only reads the reminders store: the app's reminders service fills it, as at start-up. */
async function openPanel(name: RegExp) {
  stopReminders = appServices()
    .find((s) => s.id === 'reminders')!
    .start();
  render(<ReminderCenter />);
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog');
}

describe('the reminders panel: a license whose maintenance ended', () => {
  it('stays in the reminders with what can still be bought, until dismissed (R-MAINT-4, R-MAINT-3)', async () => {
    await database().licenses.add(licenseRow('lic-1', 'SEN-00000001', { maintenanceStart: day(-385), maintenanceEnd: day(-20) }));
    const panel = await openPanel(/Reminders: 2 need attention/);
    const list = within(panel).getByRole('list', { name: 'Licenses to renew' });
    expect(within(list).getByText('SEN-00000001 · Main Library')).toBeTruthy();
    expect(
      within(list).getByText(/Maintenance ended on .*, 20 days ago\. A renewal still starts from that date; an upgrade gives 12 months/),
    ).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Renew SEN-00000001' })).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: 'Dismiss the reminder for SEN-00000001' }));
    await waitFor(() => expect(within(panel).queryByText('SEN-00000001 · Main Library')).toBeNull());
    expect((await database().reminderState.get('lic-1'))?.dismissed?.forEnd).toBe(day(-20));
  });

  it('comes back after a dismissal once the license ends on another date (R-MAINT-4)', async () => {
    await database().licenses.add(licenseRow('lic-1', 'SEN-00000001', { maintenanceStart: day(-385), maintenanceEnd: day(-20) }));
    await database().reminderState.put({ licenseId: 'lic-1', dismissed: { forEnd: day(-21), at: new Date().toISOString() } });
    const panel = await openPanel(/Reminders: 2 need attention/);
    expect(within(panel).getByText(/Maintenance ended on .*, 20 days ago/)).toBeTruthy();
  });

  it('is said in French, with Dismiss, and an evaluation offers to buy, not renew (R-MAINT-4, R-EVAL-1)', async () => {
    await i18next.changeLanguage('fr');
    await database().licenses.bulkAdd([
      licenseRow('lic-1', 'SEN-00000001', { maintenanceStart: day(-366), maintenanceEnd: day(-1) }),
      licenseRow('lic-2', 'SEN-00000002', { type: 'evaluation', maintenanceStart: day(-7), maintenanceEnd: day(3), evaluationEnd: day(3) }),
    ]);
    const panel = await openPanel(/Rappels : 3/);
    expect(
      within(panel).getByText(/La maintenance a pris fin le .*, il y a 1 jour\. Un renouvellement part toujours de cette date/),
    ).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Ignorer le rappel de SEN-00000001' })).toBeTruthy();
    const buy = within(panel).getByRole('button', { name: 'Acheter une licence pour SEN-00000002' });
    expect(buy.textContent).not.toMatch(/Renouveler/);
    expect(within(panel).queryByRole('button', { name: /Renouveler SEN-00000002/ })).toBeNull();
  });
});
