import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiContact } from '../../../shared/api';
import { useToast } from '../../store/toast';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import { BulkContacts } from './BulkContacts';
import { toastText } from '../../test/toast';

const stamp = '2026-01-01T00:00:00.000Z';
const license = (n: number, entityId: string) =>
  licenseRow(`lic-${n}`, `SEN-0000000${n}`, { tier: 'Professional', entityId, serverId: `SRV-${n}`, maintenanceEnd: '2099-01-01' });
const contacts = (prefix: string): ApiContact[] => [
  { id: `${prefix}-b`, email: 'fin@univ.example', role: 'billing', primary: true },
  { id: `${prefix}-t`, email: 'old@univ.example', role: 'technical', primary: true },
];

const database = componentStorePerTest('bulk-contacts', {
  seed: async (store) => {
    await store.entities.bulkAdd([entityRow('library', 'Main Library'), entityRow('medicine', 'Faculty of Medicine')]);
    await store.licenses.bulkAdd([license(1, 'library'), license(2, 'library'), license(3, 'medicine')]);
    await store.licenseContacts.bulkPut(
      ['SEN-00000001', 'SEN-00000002', 'SEN-00000003'].map((sen, i) => ({ sen, contacts: contacts(`c${i + 1}`), updatedAt: stamp })),
    );
  },
});
beforeEach(() => {
  useToast.getState().dismiss();
});

const emails = async (sen: string) => (await database().licenseContacts.get(sen))?.contacts.map((c) => `${c.role}:${c.email}:${c.primary}`);

describe('changing a contact on every license of an entity', () => {
  it('R-ACC-2 replaces the old contact by the new one on each license of the chosen entity only, primary kept, queued add before remove', async () => {
    render(<BulkContacts />);
    const section = within(screen.getByRole('region', { name: 'Change a contact on every license of an entity' }));
    const run = section.getByRole('button', { name: 'Replace on every license' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    fireEvent.mouseDown(section.getByRole('combobox', { name: 'Entity' }));
    fireEvent.click(await within(await screen.findByRole('listbox')).findByRole('option', { name: 'Main Library' }));
    fireEvent.change(section.getByRole('textbox', { name: 'Current contact email' }), { target: { value: 'old@univ.example' } });
    fireEvent.change(section.getByRole('textbox', { name: 'New contact email' }), { target: { value: 'new@univ.example' } });
    fireEvent.click(run);

    await waitFor(() => expect(toastText()).toBe('Contact replaced on 2 license(s).'));
    for (const sen of ['SEN-00000001', 'SEN-00000002'])
      expect(await emails(sen)).toEqual(['billing:fin@univ.example:true', 'technical:new@univ.example:true']);
    expect(await emails('SEN-00000003')).toEqual(['billing:fin@univ.example:true', 'technical:old@univ.example:true']);
    const queued = (await database().outbox.orderBy('seq').toArray()).map(
      (r) => `${r.change.kind} ${'sen' in r.change ? r.change.sen : ''}`,
    );
    expect(queued).toEqual([
      'contact.add SEN-00000001',
      'contact.remove SEN-00000001',
      'contact.add SEN-00000002',
      'contact.remove SEN-00000002',
    ]);
  });

  it('R-ACC-2 says so when the old email is no contact of that entity, and changes nothing', async () => {
    render(<BulkContacts />);
    const section = within(screen.getByRole('region', { name: 'Change a contact on every license of an entity' }));
    fireEvent.mouseDown(section.getByRole('combobox', { name: 'Entity' }));
    fireEvent.click(await within(await screen.findByRole('listbox')).findByRole('option', { name: 'Faculty of Medicine' }));
    fireEvent.change(section.getByRole('textbox', { name: 'Current contact email' }), { target: { value: 'nobody@univ.example' } });
    fireEvent.change(section.getByRole('textbox', { name: 'New contact email' }), { target: { value: 'new@univ.example' } });
    fireEvent.click(section.getByRole('button', { name: 'Replace on every license' }));

    expect((await section.findByRole('alert')).textContent).toBe('nobody@univ.example is not a contact of any license of this entity.');
    expect(await emails('SEN-00000003')).toEqual(['billing:fin@univ.example:true', 'technical:old@univ.example:true']);
    expect(await database().outbox.count()).toBe(0);
  });
});
