import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planCotermination } from '../../../shared/maintenance/cotermination';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { licenseRow } from '../../test/rows';
import QuotesScreen from './QuotesScreen';

const TODAY = '2026-03-10';
const stamp = '2025-01-10T09:00:00.000Z';
const license = (id: string, sen: string, entityId: string, maintenanceEnd: string) =>
  licenseRow(id, sen, { entityId, maintenanceEnd, issued: stamp, maintenanceStart: '2025-01-10', createdAt: stamp, updatedAt: stamp });
const licenses = [
  license('a', 'SEN-00000011', 'campus', '2026-09-01'),
  license('b', 'SEN-00000012', 'campus', '2026-04-15'),
  license('c', 'SEN-00000013', 'campus', '2026-07-01'),
  license('d', 'SEN-00000014', 'library', '2026-05-20'),
];

// The clock is fixed before the store opens and put back after the tree is unmounted.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
  sessionStorage.clear();
});
const database = componentStorePerTest('quotes-screen', {
  seed: (store) => store.licenses.bulkAdd(licenses),
  release: () => vi.useRealTimers(),
});

describe('opening the form from another screen', () => {
  it('renewEntity: the Renew tab on the entity’s license that ends first, with co-termination of the others proposed (R-MAINT-7)', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'renewEntity', entityId: 'campus' } });
    render(<QuotesScreen />);
    expect(await screen.findByRole('tab', { name: 'Renew', selected: true })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'License to renew' }).textContent).toContain('SEN-00000012');
    const sync = screen.getByRole('checkbox', { name: /Synchronize the maintenance dates/ }) as HTMLInputElement;
    expect(sync.checked).toBe(true);
    const others = within(screen.getByRole('group', { name: 'Licenses to synchronize' }));
    expect((others.getByRole('checkbox', { name: /SEN-00000011/ }) as HTMLInputElement).checked).toBe(true);
    expect((others.getByRole('checkbox', { name: /SEN-00000013/ }) as HTMLInputElement).checked).toBe(true);
    expect((others.getByRole('checkbox', { name: /SEN-00000014/ }) as HTMLInputElement).checked).toBe(false);
    // The others align on the renewed license's own new end, 12 months after Apr 15, 2026.
    const plan = planCotermination([licenses[1]!, licenses[0]!, licenses[2]!], '2027-04-15', TODAY);
    if (!plan.ok) throw new Error(plan.error.code);
    expect(screen.getByText('Proposed common end date: Apr 15, 2027')).toBeTruthy();
    const rows = within(screen.getByRole('list', { name: 'Renewals to the common end date' })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^SEN-00000012: Apr 15, 2026 to Apr 15, 2027 \(12 months\), €[\d,.]+$/),
      expect.stringMatching(
        /^SEN-00000011: Sep 1, 2026 to Apr 15, 2027 \(7 months and 14 days\), €[\d,.]+ \(estimate, confirmed by sales\)$/,
      ),
      expect.stringMatching(
        /^SEN-00000013: Jul 1, 2026 to Apr 15, 2027 \(9 months and 14 days\), €[\d,.]+ \(estimate, confirmed by sales\)$/,
      ),
    ]);
  });

  it('renew: the Renew tab on that license', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'renew', licenseId: 'd' } });
    render(<QuotesScreen />);
    expect(await screen.findByRole('tab', { name: 'Renew', selected: true })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'License to renew' }).textContent).toContain('SEN-00000014');
    expect(screen.getByText('The renewal starts when the current maintenance ends: May 20, 2026 to May 20, 2027.')).toBeTruthy();
  });

  it('upgrade (License Details): the Upgrade tab on that license', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'upgrade', licenseId: 'c' } });
    render(<QuotesScreen />);
    expect(await screen.findByRole('tab', { name: 'Upgrade', selected: true })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'License to upgrade' }).textContent).toContain('SEN-00000013');
  });

  it('new (Ctrl/Cmd+N, the menu): an empty form on the New tab, nothing stored until something is typed', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'new' } });
    render(<QuotesScreen />);
    expect(await screen.findByRole('tab', { name: 'New', selected: true })).toBeTruthy();
    expect(screen.getByText('The cart is empty: add a product from the New, Renew or Upgrade tab.')).toBeTruthy();
    expect(await database().quotes.count()).toBe(0);
  });

  it('an intent acts once per navigation: a re-render leaves the closed form closed, asking again opens it again', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'new' } });
    const { rerender } = render(<QuotesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'All quotes' }));
    await waitFor(() => expect(screen.queryByRole('tab', { name: 'New' })).toBeNull());
    rerender(<QuotesScreen />);
    expect(screen.queryByRole('tab', { name: 'New' })).toBeNull();
    act(() => useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'new' } }));
    expect(await screen.findByRole('tab', { name: 'New', selected: true })).toBeTruthy();
  });
});
