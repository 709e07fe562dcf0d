import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiContact } from '../../../shared/api';
import { componentStorePerTest } from '../../test/component-store';
import { licenseRow } from '../../test/rows';
import { CloseAccount } from './CloseAccount';

const stamp = '2026-01-01T00:00:00.000Z';
const license = (n: number) =>
  licenseRow(`lic-${n}`, `SEN-0000000${n}`, { tier: 'Professional', serverId: `SRV-${n}`, maintenanceEnd: '2099-01-01' });
const contact = (id: string, email: string, role: ApiContact['role']): ApiContact => ({ id, email, role, primary: false });

const database = componentStorePerTest('close-account', {
  seed: async (store) => {
    await store.licenses.bulkAdd([license(1), license(2), license(3)]);
    await store.licenseContacts.bulkPut([
      // The owner is the only billing contact: blocks.
      {
        sen: 'SEN-00000001',
        contacts: [contact('a', 'owner@univ.example', 'billing'), contact('b', 'it@univ.example', 'technical')],
        updatedAt: stamp,
      },
      // Others cover both roles: does not block.
      {
        sen: 'SEN-00000002',
        contacts: [
          contact('c', 'owner@univ.example', 'billing'),
          contact('d', 'fin@univ.example', 'billing'),
          contact('e', 'it@univ.example', 'technical'),
        ],
        updatedAt: stamp,
      },
      // The owner is the only technical contact: blocks.
      {
        sen: 'SEN-00000003',
        contacts: [contact('f', 'fin@univ.example', 'billing'), contact('g', 'OWNER@univ.example', 'technical')],
        updatedAt: stamp,
      },
    ]);
  },
});

describe('closing the account', () => {
  it('R-ACC-3 is refused with the list of licenses to move to other billing and technical contacts first', async () => {
    render(<CloseAccount email="owner@univ.example" />);
    fireEvent.click(screen.getByRole('button', { name: 'Close account' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain(
      'The account cannot be closed yet. Move these licenses to other billing and technical contacts first:',
    );
    const listed = within(refusal)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(listed).toEqual(['SEN-00000001', 'SEN-00000003']);
    // Only a check: nothing is changed or queued.
    expect(await database().outbox.count()).toBe(0);
    expect((await database().licenseContacts.get('SEN-00000001'))?.contacts).toHaveLength(2);
  });

  it('R-ACC-3 is allowed once every license has other billing and technical contacts', async () => {
    await database().licenseContacts.bulkPut([
      {
        sen: 'SEN-00000001',
        contacts: [contact('a', 'fin@univ.example', 'billing'), contact('b', 'it@univ.example', 'technical')],
        updatedAt: stamp,
      },
      {
        sen: 'SEN-00000003',
        contacts: [contact('f', 'fin@univ.example', 'billing'), contact('g', 'it@univ.example', 'technical')],
        updatedAt: stamp,
      },
    ]);
    render(<CloseAccount email="owner@univ.example" />);
    fireEvent.click(screen.getByRole('button', { name: 'Close account' }));

    // Allowed here: Conex is asked only once the user confirms, and keeping the account changes nothing.
    const dialog = await screen.findByRole('dialog', { name: 'Close the account owner@univ.example?' });
    expect(within(dialog).getByText('No license depends on this account any more: Conex can close it.')).toBeTruthy();
    expect(screen.queryByText(/cannot be closed yet/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the account' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await database().outbox.count()).toBe(0);
  });

  it('R-ACC-3 cannot be checked signed out: the button is off and says to sign in', () => {
    render(<CloseAccount email={undefined} />);
    expect((screen.getByRole('button', { name: 'Close account' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Sign in to Conex (Sync, above) to check the licenses attached to this account.')).toBeTruthy();
  });
});
