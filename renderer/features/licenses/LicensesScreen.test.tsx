import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeKeyRequest, writeKeyRequest } from '../../../shared/keys/key-request';
import { writeKeysFile } from '../../../shared/keys/keys-file';
import { makeTestKey } from '../../../tests/fixtures/keys';
import { LATEST_SEEN_KEY } from '../../db/repos/clock';
import { useOpenedFile } from '../../reminders/opened-file';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import LicensesScreen from './LicensesScreen';
import { toastText } from '../../test/toast';

const license = licenseRow('lic-1', 'SEN-00000001', {
  tier: 'Enterprise',
  type: 'commercial',
  serverId: 'SRV-1',
  maintenanceEnd: '2099-01-01',
});

const database = componentStorePerTest('licenses-screen', {
  seed: (store) => store.entities.add(entityRow('library', 'Main Library')),
  release: () => useNavigation.getState().go({ screen: 'licenses' }),
});

describe('License Details opened from another screen', () => {
  it('opens the license named in the navigation, with a new key waiting in the License key box (R-LIC-3)', async () => {
    await database().licenses.add(license);
    useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1', prefilledKey: 'CX1.new-key-from-sync' });
    render(<LicensesScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'License Details: SEN-00000001' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'License key' }) as HTMLTextAreaElement).value).toBe('CX1.new-key-from-sync');
    expect(screen.getByText('Can be requested: this is a Conex Server Enterprise license.')).toBeTruthy();
  });

  it('says so when the license is no longer stored', async () => {
    useNavigation.getState().go({ screen: 'licenses', licenseId: 'gone' });
    render(<LicensesScreen />);
    expect(await screen.findByText('This license is not in your store any more.')).toBeTruthy();
  });

  it('flags an evaluation as clock-tampered when the clock is behind the latest time seen, and explains why (R-EVAL-4)', async () => {
    const now = Date.now();
    const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
    await database().licenses.add({ ...license, type: 'evaluation', maintenanceEnd: day(5), evaluationEnd: day(5) });
    await database().meta.put({ key: LATEST_SEEN_KEY, value: new Date(now + 3 * 86_400_000).toISOString() });
    useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1' });
    render(<LicensesScreen />);
    const status = (await screen.findByText('Evaluation stopped: the clock went backwards.')).closest('[role="status"]');
    expect(status).not.toBeNull();
    expect(status?.textContent).toContain('clock is 3 days behind the latest time this app has seen');
    expect((await database().meta.get(LATEST_SEEN_KEY))?.value).toBe(new Date(now + 3 * 86_400_000).toISOString());
  });

  it('a build without the sandbox key refuses a sandbox-signed key and changes nothing', async () => {
    await database().licenses.add(license);
    useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1' });
    render(<LicensesScreen />);
    const box = await screen.findByRole('textbox', { name: 'License key' });
    fireEvent.change(box, { target: { value: await makeTestKey({ sen: 'SEN-00000001' }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply key' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This key was signed by the Conex test sandbox. A production build of the app never accepts test keys.');
    expect(await database().licenses.get('lic-1')).toEqual(license);
    expect(await database().keyHistory.count()).toBe(0);
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

describe('a keys file or key request opened from the desktop (file associations)', () => {
  const opened = (kind: 'keys' | 'request', name: string, text: string) =>
    useOpenedFile.setState({ waiting: { kind, file: { name, data: new TextEncoder().encode(text) } } });

  it('a .conexkeys file opens Import keys file with each key checked, even before any license is stored', async () => {
    const key = await makeTestKey({ sen: 'SEN-00000009' });
    opened('keys', 'server.conexkeys', writeKeysFile([{ canonical: key, sen: 'SEN-00000009', entity: 'Main Library' }]));
    useNavigation.getState().go({ screen: 'licenses', intent: { kind: 'import-opened' } });
    render(<LicensesScreen />);
    const dialog = await screen.findByRole('dialog', { name: 'Keys in server.conexkeys' });
    // This build has no sandbox key: the test key is refused, in the dialog, and nothing is imported.
    expect(within(dialog).getByText(/signed by the Conex test sandbox/)).toBeTruthy();
    expect(useOpenedFile.getState().waiting).toBeNull();
  });

  it('a .conexrequest file shows what the server asks, and a New quote for an SEN not recorded here', async () => {
    const request = makeKeyRequest({ serverId: 'BX7Q-2M4K-9PLD-T3RW', sen: 'SEN-00000009' }, new Date('2026-12-04T10:00:00Z'));
    if (!request.ok) throw new Error('the request fixture is valid');
    opened('request', 'server.conexrequest', writeKeyRequest(request.value));
    useNavigation.getState().go({ screen: 'licenses', intent: { kind: 'request-opened' } });
    render(<LicensesScreen />);
    const dialog = await screen.findByRole('dialog', { name: 'Key request from a server' });
    expect(within(dialog).getByText('Server ID: BX7Q-2M4K-9PLD-T3RW')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'New quote' })).toBeTruthy();
  });

  it('a request with a malformed server ID says so and opens nothing', async () => {
    opened(
      'request',
      'bad.conexrequest',
      JSON.stringify({ format: 'conex-key-request', version: 1, serverId: 'BX7Q 2M4K', createdAt: '2026-12-04T10:00:00Z' }),
    );
    useNavigation.getState().go({ screen: 'licenses', intent: { kind: 'request-opened' } });
    render(<LicensesScreen />);
    await waitFor(() => expect(toastText()).toMatch(/^The server ID is malformed/));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
