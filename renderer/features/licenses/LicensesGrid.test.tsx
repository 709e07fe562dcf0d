import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { componentStorePerTest } from '../../test/component-store';
import { licenseRow } from '../../test/rows';
import { licenseRows } from './license-rows';
import { LicensesGrid } from './LicensesGrid';

componentStorePerTest('licenses-grid');

const names = new Map([
  ['library', 'Main Library'],
  ['faculty', 'Faculty of Science'],
]);
const rows = licenseRows(
  [
    licenseRow('l1', 'SEN-00000001', { entityId: 'library', maintenanceEnd: '2099-05-01' }),
    licenseRow('l2', 'SEN-00000002', { entityId: 'faculty', maintenanceEnd: '2099-01-10', tier: 'Starter' }),
    licenseRow('l3', 'SEN-00000003', { entityId: 'library', maintenanceEnd: '2099-03-01' }),
  ],
  names,
  new Date('2026-11-25T10:00:00'),
  null,
);
const sens = () =>
  within(screen.getByRole('grid', { name: 'Licenses' }))
    .queryAllByRole('gridcell')
    .filter((c) => c.dataset.field === 'sen')
    .map((c) => c.textContent);

function draw() {
  render(<LicensesGrid rows={rows} names={names} entityNames={['Faculty of Science', 'Main Library']} loading={false} />);
}

describe('the Licenses list', () => {
  it('opens with the soonest maintenance end first, and sorts by a header from the keyboard', () => {
    draw();
    expect(sens()).toEqual(['SEN-00000002', 'SEN-00000003', 'SEN-00000001']);
    fireEvent.keyDown(screen.getByRole('columnheader', { name: 'SEN' }), { key: 'Enter' });
    expect(sens()).toEqual(['SEN-00000001', 'SEN-00000002', 'SEN-00000003']);
    expect(screen.getByText('1–3 of 3')).toBeTruthy();
  });

  it('searches SEN or entity, in any case, keeping the order', async () => {
    draw();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by SEN' }), { target: { value: 'LIBRARY' } });
    await waitFor(() => expect(sens()).toEqual(['SEN-00000003', 'SEN-00000001']));
    expect(screen.getByText('1–2 of 2')).toBeTruthy();
  });

  it('filters by tier in the Filters dialog, and the Filters button says how many filters are on', async () => {
    draw();
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const dialog = await screen.findByRole('dialog', { name: 'Filters' });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Tier/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Starter' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sens()).toEqual(['SEN-00000002']);
    expect(screen.getByRole('button', { name: 'Filters: 1 active' })).toBeTruthy();
  });

  it('shows a hidden column again from the Columns menu, and never hides SEN', async () => {
    draw();
    // The open menu hides the page from assistive technology: the header is looked for among hidden elements too.
    const header = () => screen.queryByRole('columnheader', { name: 'Server ID', hidden: true });
    // jsdom matches no media query: every column shows, so Server ID is hidden and shown back.
    expect(header()).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Server ID' }));
    expect(header()).toBeNull();
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Server ID' }));
    expect(header()).toBeTruthy();
    expect(screen.getByRole('menuitemcheckbox', { name: 'SEN' }).getAttribute('aria-disabled')).toBe('true');
  });
});
