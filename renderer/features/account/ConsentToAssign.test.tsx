import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConexDb, setDbForTests } from '../../db/database';
import { applyConsentDecisions } from '../../db/repos/consent';
import { initI18n } from '../../i18n';
import { syncEngine } from '../../sync/runtime';
import ConsentToAssign from './ConsentToAssign';

const SEN = 'SEN-00000042';
const stamp = '2026-11-20T09:00:00.000Z';
let database: ConexDb;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  database = new ConexDb(`consent-panel-${Math.random()}`);
  await database.open();
  await database.entities.put({
    id: 'library',
    name: 'Main Library',
    kind: 'library',
    country: 'FR',
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    nameKey: 'main library|FR',
  });
  setDbForTests(database);
});
afterEach(async () => {
  cleanup();
  // Recording asks for a sync (signed out here, so it sends nothing): let it end before the store goes.
  await syncEngine().settled();
  setDbForTests(undefined);
  database.close();
  await Dexie.delete(database.name);
});

async function renderPanel() {
  render(<ConsentToAssign licenseId="lic-42" sen={SEN} entityId="library" />);
  return within(await screen.findByRole('region', { name: 'Consent To Assign' }));
}

const fill = (panel: ReturnType<typeof within>, entity: string, email: string) => {
  fireEvent.change(panel.getByRole('textbox', { name: 'New entity' }), { target: { value: entity } });
  fireEvent.change(panel.getByRole('textbox', { name: 'Signatory email of the new entity' }), { target: { value: email } });
  fireEvent.click(panel.getByRole('button', { name: 'Send the request to Conex' }));
};

describe('the Consent To Assign panel of License Details', () => {
  it('R-LIC-6 refuses a bad signatory email and the same entity, in words, recording nothing', async () => {
    const panel = await renderPanel();
    fill(panel, 'Faculty of Medicine', 'dean@');
    expect((await panel.findByRole('alert')).textContent).toBe('This is not a valid email address.');
    fill(panel, 'main library', 'dean@univ.example');
    await waitFor(() => expect(panel.getByRole('alert').textContent).toBe('The license already belongs to this entity.'));
    expect(await database.consentRequests.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
  });

  it('R-LIC-6 records the request, queues it for Conex, and shows where it stands until Conex decides', async () => {
    const panel = await renderPanel();
    fill(panel, 'Faculty of Medicine', 'dean@univ.example');
    const list = within(await panel.findByRole('list', { name: 'Consent To Assign requests' }));
    expect(list.getByText('To Faculty of Medicine')).toBeTruthy();
    expect(list.getByText(/waiting to be sent to Conex/)).toBeTruthy();
    expect((await database.outbox.toArray()).map((r) => r.change.kind)).toEqual(['consent.request']);
    // The form is emptied for the next request.
    expect((panel.getByRole('textbox', { name: 'New entity' }) as HTMLInputElement).value).toBe('');

    const [row] = await database.consentRequests.toArray();
    await applyConsentDecisions(
      database,
      [
        {
          id: row?.id ?? '',
          sen: SEN,
          toEntity: 'Faculty of Medicine',
          signatoryEmail: 'dean@univ.example',
          reason: '',
          status: 'declined',
          receivedAt: stamp,
          decidedAt: '2026-11-24T09:00:00.000Z',
          note: 'The form is not signed.',
          updatedAt: stamp,
        },
      ],
      new Date(),
      () => 'unused',
    );
    await waitFor(() => expect(list.getByText(/Declined by Conex on .*The form is not signed\./)).toBeTruthy());
  });
});
