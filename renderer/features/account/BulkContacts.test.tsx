import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContact } from '../../../shared/api';
import type { License } from '../../../shared/license';
import { ConexDb, setDbForTests } from '../../db/database';
import { initI18n } from '../../i18n';
import { useToast } from '../../store/toast';
import { syncEngine } from '../../sync/runtime';
import { BulkContacts } from './BulkContacts';

const stamp = '2026-01-01T00:00:00.000Z';
function license(n: number, entityId: string): License {
  return {
    id: `lic-${n}`,
    sen: `SEN-0000000${n}`,
    product: 'conex-books',
    deployment: 'server',
    tier: 'Professional',
    type: 'academic',
    entityId,
    serverId: `SRV-${n}`,
    licensee: 'Université',
    issued: stamp,
    maintenanceStart: '2026-01-01',
    maintenanceEnd: '2099-01-01',
    majorVersion: 9,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
const entity = (id: string, name: string) => ({
  id,
  name,
  kind: 'library' as const,
  country: 'FR',
  notes: '',
  createdAt: stamp,
  updatedAt: stamp,
  nameKey: `FR|${name.toLowerCase()}`,
});
const contacts = (prefix: string): ApiContact[] => [
  { id: `${prefix}-b`, email: 'fin@univ.example', role: 'billing', primary: true },
  { id: `${prefix}-t`, email: 'old@univ.example', role: 'technical', primary: true },
];

let database: ConexDb;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  database = new ConexDb(`bulk-contacts-${Math.random()}`);
  await database.open();
  await database.entities.bulkAdd([entity('library', 'Main Library'), entity('medicine', 'Faculty of Medicine')]);
  await database.licenses.bulkAdd([license(1, 'library'), license(2, 'library'), license(3, 'medicine')]);
  await database.licenseContacts.bulkPut(
    ['SEN-00000001', 'SEN-00000002', 'SEN-00000003'].map((sen, i) => ({ sen, contacts: contacts(`c${i + 1}`), updatedAt: stamp })),
  );
  setDbForTests(database);
  useToast.getState().dismiss();
});
afterEach(async () => {
  cleanup();
  await syncEngine().settled();
  setDbForTests(undefined);
  database.close();
  await Dexie.delete(database.name);
});

const emails = async (sen: string) => (await database.licenseContacts.get(sen))?.contacts.map((c) => `${c.role}:${c.email}:${c.primary}`);

describe('changing a contact on every license of an entity', () => {
  it('R-ACC-2 replaces the old contact by the new one on each license of the chosen entity only, primary kept, queued add before remove', async () => {
    render(<BulkContacts />);
    const section = within(screen.getByRole('region', { name: 'Change a contact on every license of an entity' }));
    const run = section.getByRole('button', { name: 'Replace on every license' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    fireEvent.mouseDown(section.getByRole('combobox', { name: 'Entity' }));
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Main Library' }));
    fireEvent.change(section.getByRole('textbox', { name: 'Current contact email' }), { target: { value: 'old@univ.example' } });
    fireEvent.change(section.getByRole('textbox', { name: 'New contact email' }), { target: { value: 'new@univ.example' } });
    fireEvent.click(run);

    await waitFor(() => expect(useToast.getState().current?.message).toBe('Contact replaced on 2 license(s).'));
    for (const sen of ['SEN-00000001', 'SEN-00000002'])
      expect(await emails(sen)).toEqual(['billing:fin@univ.example:true', 'technical:new@univ.example:true']);
    expect(await emails('SEN-00000003')).toEqual(['billing:fin@univ.example:true', 'technical:old@univ.example:true']);
    const queued = (await database.outbox.orderBy('seq').toArray()).map((r) => `${r.change.kind} ${'sen' in r.change ? r.change.sen : ''}`);
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
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Faculty of Medicine' }));
    fireEvent.change(section.getByRole('textbox', { name: 'Current contact email' }), { target: { value: 'nobody@univ.example' } });
    fireEvent.change(section.getByRole('textbox', { name: 'New contact email' }), { target: { value: 'new@univ.example' } });
    fireEvent.click(section.getByRole('button', { name: 'Replace on every license' }));

    expect((await section.findByRole('alert')).textContent).toBe('nobody@univ.example is not a contact of any license of this entity.');
    expect(await emails('SEN-00000003')).toEqual(['billing:fin@univ.example:true', 'technical:old@univ.example:true']);
    expect(await database.outbox.count()).toBe(0);
  });
});
