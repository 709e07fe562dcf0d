import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/errors';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { splitKeyBlocks } from '../../../shared/keys/keys-file';
import { setPlatformForTests, type PlatformBridge } from '../../platform';
import { createWebBridge } from '../../platform/web';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import { Toaster } from '../../ui/Toaster';
import LicensesScreen from './LicensesScreen';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const CURRENT = 'CX1.current-key';
const OLD = 'CX1.earlier-key';
const license = licenseRow('lic-1', 'SEN-00000001', { key: CURRENT, issued: '2026-02-01T00:00:00.000Z' });

const database = componentStorePerTest('license-actions', {
  seed: async (store) => {
    await store.entities.bulkAdd([entityRow('library', 'Main Library'), entityRow('campus', 'North Campus')]);
    await store.licenses.bulkAdd([
      license,
      licenseRow('lic-2', 'SEN-00000002'),
      licenseRow('lic-3', 'SEN-00000003', { entityId: 'campus' }),
    ]);
    await store.keyHistory.bulkAdd([
      {
        id: 'h1',
        licenseId: 'lic-1',
        sen: 'SEN-00000001',
        key: OLD,
        issued: '2025-01-01T00:00:00.000Z',
        appliedAt: '2025-01-02T00:00:00.000Z',
      },
      {
        id: 'h2',
        licenseId: 'lic-1',
        sen: 'SEN-00000001',
        key: CURRENT,
        issued: '2026-02-01T00:00:00.000Z',
        appliedAt: '2026-02-02T00:00:00.000Z',
      },
    ]);
  },
  release: () => {
    setPlatformForTests(undefined);
    useNavigation.getState().go({ screen: 'licenses' });
  },
});

function openDetails() {
  useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1' });
  return render(
    <>
      <LicensesScreen />
      <Toaster />
    </>,
  );
}

describe('License Details: acting on the license', () => {
  it('Renew and Upgrade open the quote form on this license', async () => {
    openDetails();
    const actions = within(await screen.findByRole('group', { name: 'License actions' }));
    fireEvent.click(actions.getByRole('button', { name: 'Renew' }));
    expect(useNavigation.getState()).toMatchObject({ route: { screen: 'quotes', intent: { kind: 'renew', licenseId: 'lic-1' } } });
    useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Upgrade' }));
    expect(useNavigation.getState()).toMatchObject({ route: { screen: 'quotes', intent: { kind: 'upgrade', licenseId: 'lic-1' } } });
  });

  it('Copy key puts the applied key on the clipboard and says so', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    openDetails();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy key' }));
    expect(await screen.findByText('The key of SEN-00000001 was copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(CURRENT);
  });

  it('Export key file saves the license keys file the conex command reads: its SEN, entity and current key (R-LIC-3)', async () => {
    const saves: { suggestedName: string; data: string | Uint8Array }[] = [];
    const bridge: PlatformBridge = {
      ...createWebBridge(window),
      saveFile: async (options) => {
        saves.push(options);
        return ok({ saved: true, path: `/home/it/${options.suggestedName}` });
      },
    };
    setPlatformForTests(bridge);
    openDetails();
    fireEvent.click(await screen.findByRole('button', { name: 'Export key file' }));
    expect(await screen.findByText(/^1 key was saved in \/home\/it\/conex-keys-SEN-00000001-\d{4}-\d{2}-\d{2}\.conexkeys\.$/)).toBeTruthy();
    const text = String(saves[0]?.data);
    expect(text).toContain('# SEN-00000001 · Main Library');
    const blocks = splitKeyBlocks(text);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toContain(CURRENT);
    expect(text).not.toContain(OLD);
  });

  it('Delete license says when the license is on the Conex account, so the next sync brings it back', async () => {
    await database().licenseContacts.put({ sen: 'SEN-00000001', contacts: [], updatedAt: '2026-03-01T00:00:00.000Z' });
    openDetails();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete license' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete license SEN-00000001?' }));
    expect(await dialog.findByText(/SEN-00000001 is on your Conex account: the next sync brings it back/)).toBeTruthy();
  });

  it('Delete license is refused while an open quote names it, saying which', async () => {
    const draft = newDraft('q1', new Date('2026-03-10T09:00:00Z'), 'en', bundled.value);
    const line = { kind: 'renewal', sen: 'SEN-00000001', product: 'conex-books', tier: 'Express', licenseType: 'academic' } as const;
    await database().quotes.add({
      ...draft,
      status: 'submitted',
      officialNumber: 'Q-2026-0042',
      lines: [{ id: 'e1', licenseId: 'lic-1', line: { ...line, currentEnd: '2027-01-01', years: 1 } }],
    });
    openDetails();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete license' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete license SEN-00000001?' }));
    expect(await dialog.findByText('Quote Q-2026-0042')).toBeTruthy();
    expect((dialog.getByRole('button', { name: 'Delete license' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await database().licenses.get('lic-1')).toBeTruthy();
  });

  it('Delete license removes it and its key history, and Undo puts both back', async () => {
    openDetails();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete license' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete license SEN-00000001?' }));
    await waitFor(() => expect((dialog.getByRole('button', { name: 'Delete license' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(dialog.getByRole('button', { name: 'Delete license' }));
    expect(await screen.findByText('SEN-00000001 was deleted.')).toBeTruthy();
    expect(useNavigation.getState().route).toEqual({ screen: 'licenses' });
    expect(await database().licenses.get('lic-1')).toBeUndefined();
    expect(await database().keyHistory.where('licenseId').equals('lic-1').count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await database().licenses.get('lic-1')).toEqual(license));
    expect(await database().keyHistory.where('licenseId').equals('lic-1').count()).toBe(2);
  });
});
