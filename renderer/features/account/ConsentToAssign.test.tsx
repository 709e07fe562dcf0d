import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../../shared/errors';
import { applyConsentDecisions } from '../../db/repos/consent';
import { setPlatformForTests } from '../../platform';
import { createWebBridge } from '../../platform/web';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow } from '../../test/rows';
import ConsentToAssign from './ConsentToAssign';

const stamp = '2026-11-20T09:00:00.000Z';
const licenses = ['SEN-00000041', 'SEN-00000042', 'SEN-00000043'];
/** What the next "open a file" returns: the user's pick, or null when they cancel. */
let picked: { name: string; data: Uint8Array } | null = null;

// Recording asks for a sync (signed out here, so it sends nothing): the helper lets it end before the store goes.
const database = componentStorePerTest('consent-panel', {
  seed: async (store) => {
    await store.entities.put(entityRow('library', 'Main Library', { createdAt: stamp, updatedAt: stamp }));
    for (const sen of licenses)
      await store.licenses.put({ id: `lic-${sen.slice(-2)}`, sen, entityId: 'library', maintenanceEnd: '2027-01-01' } as never);
  },
  release: () => {
    setPlatformForTests(undefined);
    picked = null;
  },
});
beforeEach(() => {
  const web = createWebBridge(window);
  setPlatformForTests({ ...web, openFile: async () => ok(picked) });
});

async function renderPanel() {
  render(<ConsentToAssign licenseId="lic-42" sen="SEN-00000042" entityId="library" />);
  return within(await screen.findByRole('region', { name: 'Consent To Assign' }));
}

const fill = (panel: ReturnType<typeof within>, entity: string, email: string) => {
  fireEvent.change(panel.getByRole('textbox', { name: 'New entity' }), { target: { value: entity } });
  fireEvent.change(panel.getByRole('textbox', { name: 'Signatory email of the new entity' }), { target: { value: email } });
};
const send = (panel: ReturnType<typeof within>) => fireEvent.click(panel.getByRole('button', { name: 'Send the request to Conex' }));

describe('the Consent To Assign panel of License Details', () => {
  it('R-LIC-6 refuses a bad signatory email, the same entity, a missing or unreadable signed form, recording nothing', async () => {
    const panel = await renderPanel();
    fill(panel, 'Faculty of Medicine', 'dean@');
    send(panel);
    expect((await panel.findByRole('alert')).textContent).toBe('This is not a valid email address.');
    fill(panel, 'main library', 'dean@univ.example');
    send(panel);
    await waitFor(() => expect(panel.getByRole('alert').textContent).toBe('SEN-00000042 already belongs to this entity.'));
    fill(panel, 'Faculty of Medicine', 'dean@univ.example');
    send(panel);
    await waitFor(() => expect(panel.getByRole('alert').textContent).toBe('Attach the signed Consent To Assign form.'));
    picked = { name: 'form.docx', data: new TextEncoder().encode('PK\u0003\u0004 word') };
    fireEvent.click(panel.getByRole('button', { name: 'Attach the signed form' }));
    await waitFor(() => expect(panel.getByRole('alert').textContent).toBe('This file is not a PDF, PNG or JPEG.'));
    expect(await database().consentRequests.count()).toBe(0);
    expect(await database().outbox.count()).toBe(0);
  });

  it('R-LIC-6 sends this license and a chosen one of its entity with the signed form, and shows where the request stands', async () => {
    const panel = await renderPanel();
    fill(panel, 'Faculty of Medicine', 'dean@univ.example');
    const choice = within(panel.getByRole('group', { name: 'Licenses to move' }));
    expect((choice.getByRole('checkbox', { name: 'SEN-00000042 (this license)' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(choice.getByRole('checkbox', { name: 'SEN-00000043' }));
    picked = { name: 'consent-signed.pdf', data: new TextEncoder().encode('%PDF-1.7 signed') };
    fireEvent.click(panel.getByRole('button', { name: 'Attach the signed form' }));
    await panel.findByText(/Signed form: consent-signed\.pdf/);
    send(panel);

    const list = within(await panel.findByRole('list', { name: 'Consent To Assign requests' }));
    expect(list.getByText('To Faculty of Medicine: SEN-00000042, SEN-00000043')).toBeTruthy();
    expect(list.getByText(/waiting to be sent to Conex/)).toBeTruthy();
    const [queued] = await database().outbox.toArray();
    expect(queued?.change).toMatchObject({ kind: 'consent.request', request: { sens: ['SEN-00000042', 'SEN-00000043'] } });
    // The form is emptied for the next request.
    expect((panel.getByRole('textbox', { name: 'New entity' }) as HTMLInputElement).value).toBe('');
    expect(panel.getByText(/No signed form attached yet/)).toBeTruthy();

    const [row] = await database().consentRequests.toArray();
    await applyConsentDecisions(
      database(),
      [
        {
          id: row?.id ?? '',
          sens: ['SEN-00000042', 'SEN-00000043'],
          toEntity: 'Faculty of Medicine',
          signatoryEmail: 'dean@univ.example',
          reason: '',
          documentName: 'consent-signed.pdf',
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
