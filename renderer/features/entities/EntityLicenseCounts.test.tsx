import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import EntitiesScreen from './EntitiesScreen';

componentStorePerTest('entity-license-counts', {
  seed: async (store) => {
    await store.entities.bulkAdd([entityRow('library', 'Main Library'), entityRow('campus', 'North Campus'), entityRow('lab', 'Lab')]);
    await store.licenses.bulkAdd([
      licenseRow('lic-1', 'SEN-00000001'),
      licenseRow('lic-2', 'SEN-00000002'),
      licenseRow('lic-3', 'SEN-00000003', { entityId: 'campus' }),
    ]);
  },
});

describe('Entities', () => {
  it('show how many licenses each holds (R-LIC-1)', async () => {
    render(<EntitiesScreen />);
    const table = within(await screen.findByRole('table', { name: 'Entities' }));
    expect(table.getByRole('columnheader', { name: 'Licenses' })).toBeTruthy();
    const row = (name: string) => within(table.getByRole('rowheader', { name }).closest('tr') as HTMLElement);
    await waitFor(() => expect(row('Main Library').getByRole('cell', { name: '2' })).toBeTruthy());
    expect(row('North Campus').getByRole('cell', { name: '1' })).toBeTruthy();
    expect(row('Lab').getByRole('cell', { name: '0' })).toBeTruthy();
  });
});
