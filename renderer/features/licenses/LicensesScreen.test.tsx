import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { License } from '../../../shared/license';
import { makeTestKey } from '../../../tests/fixtures/keys';
import { ConexDb, setDbForTests } from '../../db/database';
import { LATEST_SEEN_KEY } from '../../db/repos/clock';
import { initI18n } from '../../i18n';
import { useNavigation } from '../../store/navigation';
import LicensesScreen from './LicensesScreen';

const stamp = '2026-01-01T00:00:00.000Z';
const license: License = {
  id: 'lic-1',
  sen: 'SEN-00000001',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Enterprise',
  type: 'commercial',
  entityId: 'library',
  serverId: 'SRV-1',
  licensee: 'Université',
  issued: stamp,
  maintenanceStart: '2026-01-01',
  maintenanceEnd: '2099-01-01',
  majorVersion: 9,
  createdAt: stamp,
  updatedAt: stamp,
};
const library = {
  id: 'library',
  name: 'Main Library',
  kind: 'library' as const,
  country: 'FR',
  notes: '',
  createdAt: stamp,
  updatedAt: stamp,
  nameKey: 'FR|main library',
};

let database: ConexDb;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  database = new ConexDb(`licenses-screen-${Math.random()}`);
  await database.open();
  await database.entities.add(library);
  setDbForTests(database);
});
afterEach(async () => {
  cleanup();
  useNavigation.getState().go('licenses');
  setDbForTests(undefined);
  database.close();
  await Dexie.delete(database.name);
});

describe('License Details opened from another screen', () => {
  it('opens the license named in the navigation, with a new key waiting in the License key box (R-LIC-3)', async () => {
    await database.licenses.add(license);
    useNavigation.getState().go('licenses', { license: 'lic-1', key: 'CX1.new-key-from-sync' });
    render(<LicensesScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'License Details: SEN-00000001' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'License key' }) as HTMLTextAreaElement).value).toBe('CX1.new-key-from-sync');
    expect(screen.getByText('Can be requested: this is a Conex Server Enterprise license (R-LIC-5).')).toBeTruthy();
  });

  it('says so when the license is no longer stored', async () => {
    useNavigation.getState().go('licenses', { license: 'gone' });
    render(<LicensesScreen />);
    expect(await screen.findByText('This license is not in your store any more.')).toBeTruthy();
  });

  it('flags an evaluation as clock-tampered when the clock is behind the latest time seen, and explains why (R-EVAL-4)', async () => {
    const now = Date.now();
    const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
    await database.licenses.add({ ...license, type: 'evaluation', maintenanceEnd: day(5), evaluationEnd: day(5) });
    await database.meta.put({ key: LATEST_SEEN_KEY, value: new Date(now + 3 * 86_400_000).toISOString() });
    useNavigation.getState().go('licenses', { license: 'lic-1' });
    render(<LicensesScreen />);
    const status = (await screen.findByText('Evaluation stopped: the clock went backwards.')).closest('[role="status"]');
    expect(status).not.toBeNull();
    expect(status?.textContent).toContain('clock is 3 days behind the latest time this app has seen');
    expect((await database.meta.get(LATEST_SEEN_KEY))?.value).toBe(new Date(now + 3 * 86_400_000).toISOString());
  });

  it('a build without the sandbox key refuses a sandbox-signed key and changes nothing', async () => {
    await database.licenses.add(license);
    useNavigation.getState().go('licenses', { license: 'lic-1' });
    render(<LicensesScreen />);
    const box = await screen.findByRole('textbox', { name: 'License key' });
    fireEvent.change(box, { target: { value: await makeTestKey({ sen: 'SEN-00000001' }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply key' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This key was signed by the Conex test sandbox. A production build of the app never accepts test keys.');
    expect(await database.licenses.get('lic-1')).toEqual(license);
    expect(await database.keyHistory.count()).toBe(0);
  });
});

describe('the Licenses screen without licenses', () => {
  it('offers to add a license from a key or start an evaluation', async () => {
    render(<LicensesScreen />);
    expect(await screen.findByText('No licenses yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start evaluation' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/A fully functional evaluation of the Enterprise plan/)).toBeTruthy();
  });
});
