import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/errors';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { setAsideUnparseable } from '../../db/repos/set-aside';
import { createWebBridge } from '../../platform/web';
import { setPlatformForTests } from '../../platform';
import { componentStorePerTest } from '../../test/component-store';
import { licenseRow } from '../../test/rows';
import BackupsScreen from './BackupsScreen';

const database = componentStorePerTest('needs-attention', { release: () => setPlatformForTests(undefined) });
const now = new Date('2026-11-25T10:00:00.000Z');
const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled price book is invalid');
  return b.value;
})();

function recordingBridge() {
  const saved: { suggestedName: string; data: string | Uint8Array }[] = [];
  setPlatformForTests({
    ...createWebBridge(window),
    saveFile: async (o) => {
      saved.push(o);
      return ok({ saved: true });
    },
  });
  return saved;
}

describe('Needs attention on the Backups screen (issue 14)', () => {
  it('shows a quote kept aside, exports it as it was stored, and deletes it once confirmed', async () => {
    const saved = recordingBridge();
    const bad = { ...newDraft('q-bad', now, 'en', book), status: 'archived' };
    await database().quotes.put(bad as never);
    await setAsideUnparseable(database(), now);
    render(<BackupsScreen />);
    const section = await screen.findByRole('region', { name: 'Needs attention' });
    expect(section.textContent).toContain('1 stored record could not be read');
    const row = within(section).getByRole('row', { name: /q-bad/ });
    expect(row.textContent).toContain('Quotes');

    fireEvent.click(within(row).getByRole('button', { name: 'Export q-bad' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.parse(String(saved[0]?.data))).toEqual(bad);

    fireEvent.click(within(row).getByRole('button', { name: 'Delete q-bad' }));
    fireEvent.click(await within(section).findByRole('button', { name: 'Delete q-bad for good' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Needs attention' })).toBeNull());
    expect(await database().setAside.count()).toBe(0);
  });

  it('shows a license kept aside, named as a license', async () => {
    recordingBridge();
    await database().licenses.put({ ...licenseRow('l-bad', 'SEN-00000002'), tier: 'Ultimate' } as never);
    await setAsideUnparseable(database(), now);
    render(<BackupsScreen />);
    const section = await screen.findByRole('region', { name: 'Needs attention' });
    expect(within(section).getByRole('row', { name: /l-bad/ }).textContent).toContain('Licenses');
  });

  it('is not shown when every record reads', async () => {
    recordingBridge();
    render(<BackupsScreen />);
    await screen.findByRole('heading', { name: 'Backups' });
    expect(screen.queryByRole('region', { name: 'Needs attention' })).toBeNull();
  });
});
