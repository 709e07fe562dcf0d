import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { submissionOf, type ApiQuote } from '../../../shared/api';
import { newAccount, readyQuote } from '../../../tests/sandbox/fixtures';
import { startSandbox, type Sandbox } from '../../../tests/sandbox/server';
import { useNavigation } from '../../store/navigation';
import { startSyncRuntime } from '../../sync/runtime';
import { useSyncStatus } from '../../sync/status-store';
import { componentStorePerTest } from '../../test/component-store';
import { licenseRow } from '../../test/rows';
import { ConflictDialog } from './ConflictDialog';
import { NewKeyPrompt } from './NewKeyPrompt';
import { SyncPanel } from './SyncPanel';
import { SyncSection } from './SyncSection';
import { SyncStatus } from './SyncStatus';

const stamp = '2026-03-10T09:00:00.000Z';
const license = licenseRow('lic-1', 'SEN-20000001', {
  type: 'commercial',
  entityId: 'e1',
  serverId: 'SBX-1',
  issued: stamp,
  maintenanceStart: '2026-03-10',
  maintenanceEnd: '2027-03-10',
  createdAt: stamp,
  updatedAt: stamp,
});

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ dbPath: ':memory:' });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sessionStorage.clear();
});
const database = componentStorePerTest('sync-ui');
beforeEach(() => {
  useSyncStatus.setState({
    phase: 'idle',
    online: true,
    lastSyncedAt: null,
    waiting: 0,
    conflicts: 0,
    lastError: null,
    account: null,
    tokenStorage: null,
  });
});

const noop = () => undefined;

describe('sync status', () => {
  it('shows the connection, last sync, changes waiting and the last error in plain words', () => {
    useSyncStatus
      .getState()
      .patch({ phase: 'error', waiting: 3, lastSyncedAt: stamp, lastError: { messageKey: 'sync:errors.server', params: { status: 502 } } });
    render(<SyncPanel onSyncNow={noop} onShowLog={noop} onReview={noop} onClose={noop} />);
    expect(screen.getByText(/Sync problem · Online/)).toBeTruthy();
    expect(screen.getByText('Changes waiting: 3')).toBeTruthy();
    expect(screen.getByText(/^Last synced: /)).toBeTruthy();
    expect(screen.getByText('Last error: The Conex API had a problem (error 502).')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
  });

  it('offline, Sync now waits for the connection; signed out, it offers to sign in', () => {
    useSyncStatus.getState().patch({ online: false, phase: 'offline' });
    const { unmount } = render(<SyncPanel onSyncNow={noop} onShowLog={noop} onReview={noop} onClose={noop} />);
    expect(screen.getByText(/changes are kept and sent when the connection is back/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Sync now' }) as HTMLButtonElement).disabled).toBe(true);
    unmount();
    useSyncStatus.getState().patch({ online: true, phase: 'signed-out' });
    render(<SyncPanel onSyncNow={noop} onShowLog={noop} onReview={noop} onClose={noop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(useNavigation.getState().route).toEqual({ screen: 'settings' });
  });

  it('the rail indicator says the app works offline only without an address, once sync has run', async () => {
    // Sync runs from the app's services, not from the indicator (app/services.ts).
    const stop = startSyncRuntime();
    try {
      render(<SyncStatus />);
      await waitFor(() => expect(screen.getByTestId('sync-phase').textContent).toBe('Offline only'));
      expect(screen.getByRole('button', { name: 'Sync: Offline only' })).toBeTruthy();
    } finally {
      stop();
    }
  });
});

describe('the new key prompt (R-PAY-2, R-LIC-3)', () => {
  it('says a new key is ready for the SEN and opens License Details with it; it does not apply it', async () => {
    await database().licenses.add(license);
    await database().pendingKeys.put({ sen: license.sen, licenseId: license.id, key: 'CX1.new.key', issued: stamp, detectedAt: stamp });
    render(<NewKeyPrompt />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('A new key is ready for SEN-20000001');
    fireEvent.click(within(alert).getByRole('button', { name: 'Open License Details' }));
    expect(useNavigation.getState()).toMatchObject({ route: { screen: 'licenses', licenseId: 'lic-1', prefilledKey: 'CX1.new.key' } });
    expect((await database().licenses.get('lic-1'))?.key).toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('the conflict chooser', () => {
  it('shows both versions with what differs, and takes the chosen one', async () => {
    const local = {
      ...readyQuote('q1', new Date(stamp)),
      status: 'submitted' as const,
      officialNumber: 'Q-2026-000001',
      poNumber: 'PO-MINE',
      revision: 4,
    };
    const remote: ApiQuote = {
      id: 'q1',
      deleted: false,
      revision: 3,
      status: 'submitted',
      officialNumber: 'Q-2026-000001',
      issueDate: '2026-03-10',
      validUntil: '2026-04-09',
      poNumber: 'PO-THEIRS',
      submission: submissionOf(local),
      totals: { list: { amount: 1, currency: 'EUR' }, discount: { amount: 0, currency: 'EUR' }, net: { amount: 1, currency: 'EUR' } },
      reviewRequired: false,
      updatedAt: stamp,
    };
    await database().quotes.put(local);
    await database().syncConflicts.put({ id: 'q1', local, remote, detectedAt: stamp });
    render(<ConflictDialog open onClose={noop} />);
    const dialog = await screen.findByRole('dialog', { name: /Changed here and on the Conex server/ });
    const row = within(dialog).getByRole('row', { name: /PO number/ });
    expect(row.textContent).toContain('PO-MINE');
    expect(row.textContent).toContain('PO-THEIRS');
    fireEvent.click(within(dialog).getByRole('button', { name: "Use the server's version" }));
    await waitFor(async () => expect((await database().quotes.get('q1'))?.poNumber).toBe('PO-THEIRS'));
    expect(await database().syncConflicts.count()).toBe(0);
  });
});

describe('sign-in in Settings', () => {
  it('signs in with the account email and API token, keeps the token for the session only on the web, and signs out', async () => {
    const token = await newAccount(sandbox.url, 'ui@example.com');
    vi.stubGlobal('__CONEX_API_URL__', sandbox.url);
    render(<SyncSection />);
    fireEvent.change(screen.getByLabelText('Account email'), { target: { value: 'ui@example.com' } });
    fireEvent.change(screen.getByLabelText('API token'), { target: { value: 'sbx_wrong-token-aaaaaaaaaa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The email or API token was not accepted.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('API token'), { target: { value: token } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('signed-in-as')).textContent).toBe('Signed in as ui@example.com');
    expect(screen.getByText(/kept for this browser session only/)).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(token);
    expect(sessionStorage.getItem('secret.sync.api-token')).toBe(token);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('Account email');
    // Signing out ends after the form is back (the log line, then a sync): the test ends once it has, so the store outlives it.
    await waitFor(() => expect(useSyncStatus.getState().account).toBeNull());
    expect(sessionStorage.getItem('secret.sync.api-token')).toBeNull();
    vi.unstubAllGlobals();
  });
});

describe('several keys at once (a first sync)', () => {
  it('are one prompt naming the first SEN and how many more; "Later" puts them all off', async () => {
    await database().licenses.bulkAdd([
      license,
      { ...license, id: 'lic-2', sen: 'SEN-20000002' },
      { ...license, id: 'lic-3', sen: 'SEN-20000003' },
    ]);
    await database().pendingKeys.bulkPut(
      ['SEN-20000001', 'SEN-20000002', 'SEN-20000003'].map((sen, i) => ({
        sen,
        licenseId: i === 0 ? 'lic-1' : `lic-${i + 1}`,
        key: `CX1.k${i}`,
        issued: stamp,
        detectedAt: `${stamp.slice(0, 18)}${i}.000Z`,
      })),
    );
    render(<NewKeyPrompt />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('A new key is ready for SEN-20000001 and 2 other licenses');
    fireEvent.click(within(alert).getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
