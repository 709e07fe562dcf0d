import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestKey } from '../../../tests/fixtures/keys';
import { i18next } from '../../i18n';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import LicensesScreen from './LicensesScreen';

const license = licenseRow('lic-1', 'SEN-00000001', { serverId: 'SRV-1', maintenanceEnd: '2099-01-01' });

const database = componentStorePerTest('apply-key-entity', {
  seed: (store) => store.entities.add(entityRow('library', 'Main Library', { kind: 'faculty', country: 'BE' })),
  release: () => useNavigation.getState().go({ screen: 'licenses' }),
});

beforeEach(() => {
  // The sandbox build trusts the test keys these tests paste.
  vi.stubGlobal('__CONEX_SANDBOX__', true);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

/** Opens License Details, pastes a key of the same SEN for `entity`, and returns the confirmation dialog. */
async function pasteKeyFor(entity: string, labels: { key: string; apply: string }) {
  await database().licenses.add(license);
  useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1' });
  render(<LicensesScreen />);
  const key = await makeTestKey({ sen: 'SEN-00000001', entity, serverId: 'SRV-1', issued: '2026-06-01T00:00:00.000Z' });
  fireEvent.change(await screen.findByRole('textbox', { name: labels.key }), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: labels.apply }));
  return screen.findByRole('dialog');
}

describe('a key for another entity (R-LIC-1, R-LIC-3)', () => {
  it('R-LIC-1 R-LIC-3 moves the license to the entity the key names, adding it when it is not stored; each warning said once', async () => {
    const dialog = await pasteKeyFor('Campus Nord', { key: 'License key', apply: 'Apply key' });
    const entityRowShown = within(dialog).getByRole('row', { name: /^Entity/ });
    expect(entityRowShown.textContent).toContain('Main Library');
    expect(entityRowShown.textContent).toContain('Campus Nord');
    expect(within(dialog).getAllByText(/This key is for “Campus Nord”/)).toHaveLength(1);
    expect(within(dialog).queryByText(/one license covers exactly one entity/)).toBeNull();
    expect(dialog.textContent).not.toMatch(/R-[A-Z]+-\d/);
    // The new entity takes the kind and country of the one the license leaves, until the user changes them.
    expect(within(dialog).getByRole('combobox', { name: /Country/ }).textContent).toBe('Belgium');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply this key' }));
    await waitFor(async () => expect(await database().entities.count()).toBe(2));
    const campus = (await database().entities.toArray()).find((e) => e.name === 'Campus Nord');
    expect(campus).toMatchObject({ kind: 'faculty', country: 'BE' });
    await waitFor(async () => expect((await database().licenses.get('lic-1'))?.entityId).toBe(campus?.id));
  });

  it('R-LIC-1 in French, moves the license to the stored entity the key names', async () => {
    await database().entities.add(entityRow('north', 'Campus Nord'));
    await i18next.changeLanguage('fr');
    const dialog = await pasteKeyFor('campus nord', { key: 'Clé de licence', apply: 'Appliquer la clé' });
    expect(within(dialog).getByRole('combobox', { name: /Entité de cette licence/ }).textContent).toBe('Campus Nord');
    expect(within(dialog).getAllByText(/Cette clé est pour « campus nord »/)).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Appliquer cette clé' }));
    await waitFor(async () => expect((await database().licenses.get('lic-1'))?.entityId).toBe('north'));
    expect(await database().entities.count()).toBe(2);
  });
});
