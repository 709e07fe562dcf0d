import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_LINKS } from '../../../tests/sandbox/links';
import { setSyncState } from '../../db/repos/sync-store';
import { componentStorePerTest } from '../../test/component-store';
import { HelpLinks } from './HelpLinks';

const links = SANDBOX_LINKS;

const database = componentStorePerTest('help-links', { release: () => vi.restoreAllMocks() });

describe('Help in My Conex', () => {
  it('opens each Conex page the API named in the system browser', async () => {
    await setSyncState(database(), 'links', links);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<HelpLinks />);
    const help = within(await screen.findByRole('region', { name: 'Help' }));
    await waitFor(() => expect((help.getByRole('button', { name: 'Partner directory' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(help.getByRole('button', { name: 'Partner directory' }));
    fireEvent.click(help.getByRole('button', { name: 'Suggest a feature' }));
    await waitFor(() => expect(open.mock.calls.map((c) => c[0])).toEqual([links.partners, links.suggest]));
  });

  it('before the app ever reached the Conex API, says where the links come from and opens nothing', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<HelpLinks />);
    const help = within(await screen.findByRole('region', { name: 'Help' }));
    expect(await help.findByText(/come from the Conex API/)).toBeTruthy();
    const contact = help.getByRole('button', { name: 'Contact Conex' }) as HTMLButtonElement;
    expect(contact.disabled).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });

  it('ignores stored links that are not https (a tampered store opens nothing)', async () => {
    await setSyncState(database(), 'links', { ...links, partners: 'javascript:alert(1)' });
    render(<HelpLinks />);
    const help = within(await screen.findByRole('region', { name: 'Help' }));
    expect(await help.findByText(/come from the Conex API/)).toBeTruthy();
  });
});
