import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiContact } from '../../../shared/api';
import { componentStorePerTest } from '../../test/component-store';
import LicenseContacts from './LicenseContacts';

const SEN = 'SEN-00000042';
const seeded: ApiContact[] = [
  { id: 'c-owner', email: 'owner@univ.example', role: 'billing', primary: true },
  { id: 'c-dsi', email: 'dsi@univ.example', role: 'technical', primary: true },
];

// Each change asks for a sync (signed out here, so it sends nothing): the helper lets it end before the store goes.
const database = componentStorePerTest('license-contacts', {
  seed: (store) => store.licenseContacts.put({ sen: SEN, contacts: seeded, updatedAt: '2026-01-01T00:00:00.000Z' }),
});

const stored = async () => (await database().licenseContacts.get(SEN))?.contacts;
const outboxKinds = async () => (await database().outbox.orderBy('seq').toArray()).map((r) => r.change.kind);

async function renderPanel() {
  render(<LicenseContacts licenseId="lic-42" sen={SEN} entityId="library" />);
  return screen.findByRole('region', { name: 'Contacts' });
}

describe('the Contacts panel of License Details', () => {
  it('R-ACC-2 adds a technical contact by email, then makes them primary, stored here and queued for Conex', async () => {
    const panel = within(await renderPanel());
    fireEvent.change(panel.getByRole('textbox', { name: 'Contact email' }), { target: { value: 'it@univ.example' } });
    expect(panel.getByRole('combobox', { name: 'Role' }).textContent).toBe('Technical');
    fireEvent.click(panel.getByRole('button', { name: 'Add contact' }));

    const technical = within(await panel.findByRole('list', { name: 'Technical' }));
    await technical.findByText('it@univ.example');
    const it = () => technical.getAllByRole('listitem').find((li) => li.textContent?.includes('it@univ.example'));
    expect(it()?.textContent).not.toContain('Primary');
    fireEvent.click(panel.getByRole('button', { name: 'Make it@univ.example primary' }));

    await waitFor(() => expect(it()?.textContent).toContain('Primary'));
    expect(panel.queryByRole('button', { name: 'Make it@univ.example primary' })).toBeNull();
    expect(panel.getByRole('button', { name: 'Make dsi@univ.example primary' })).toBeTruthy();
    expect((await stored())?.filter((c) => c.role === 'technical').map((c) => [c.email, c.primary])).toEqual([
      ['dsi@univ.example', false],
      ['it@univ.example', true],
    ]);
    expect(await outboxKinds()).toEqual(['contact.add', 'contact.primary']);
  });

  it('R-ACC-2 refuses to remove the last billing contact, with the message, and changes nothing', async () => {
    const panel = within(await renderPanel());
    const billing = within(panel.getByRole('list', { name: 'Billing' }));
    fireEvent.click(billing.getByRole('button', { name: 'Remove owner@univ.example' }));

    expect((await panel.findByRole('alert')).textContent).toBe(
      'owner@univ.example is the last billing contact of this license: add another billing contact first.',
    );
    expect(billing.getByText('owner@univ.example')).toBeTruthy();
    expect(await stored()).toEqual(seeded);
    expect(await outboxKinds()).toEqual([]);
  });
});
