import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/errors';
import LicensesScreen from '../features/licenses/LicensesScreen';
import MaintenanceScreen from '../features/maintenance/MaintenanceScreen';
import { readLicenseCsv, writeLicenseCsv } from '../lib/license-csv';
import { setPlatformForTests, type PlatformBridge } from '../platform';
import { createWebBridge } from '../platform/web';
import { componentStorePerTest } from '../test/component-store';
import { entityRow, licenseRow } from '../test/rows';

const saved: string[] = [];
const bridge: PlatformBridge = {
  ...createWebBridge(window),
  saveFile: async (options) => {
    saved.push(String(options.data));
    return ok({ saved: true, path: options.suggestedName });
  },
};

componentStorePerTest('license-csv', {
  seed: async (store) => {
    await store.entities.bulkAdd([entityRow('library', 'Main Library'), entityRow('campus', 'Campus; “Nord”')]);
    await store.licenses.bulkAdd([
      licenseRow('a', 'SEN-00000051', { maintenanceEnd: '2026-09-01', installedMajorVersion: 8 }),
      licenseRow('b', 'SEN-00000052', { entityId: 'campus', maintenanceEnd: '2027-03-01', purchaseDate: '2025-03-01', licensee: '=1+1' }),
    ]);
  },
  release: () => {
    saved.length = 0;
    setPlatformForTests(undefined);
  },
});

describe('the licenses CSV', () => {
  it('Licenses and Maintenance export the same file, and the import reads it back unchanged', async () => {
    setPlatformForTests(bridge);
    render(<LicensesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    cleanup();
    render(<MaintenanceScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const [fromLicenses, fromMaintenance] = saved as [string, string];
    expect(fromMaintenance).toBe(fromLicenses);
    expect(fromLicenses.split('\r\n')).toHaveLength(3);

    const entities = [
      { id: 'library', name: 'Main Library' },
      { id: 'campus', name: 'Campus; “Nord”' },
    ];
    const read = readLicenseCsv(fromLicenses, { existingSens: new Set(), entities, now: new Date(), newId: (line) => `new-${line}` });
    const licenses = read.rows.flatMap((r) => (r.license ? [r.license] : []));
    expect(licenses.map((l) => l.sen)).toEqual(['SEN-00000051', 'SEN-00000052']);
    expect(writeLicenseCsv(licenses, (id) => entities.find((e) => e.id === id)?.name ?? '')).toBe(fromLicenses);
  });
});
