import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestKey } from '../../../tests/fixtures/keys';
import { i18next } from '../../i18n';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow } from '../../test/rows';
import { NewLicenseFromKeyDialog } from './NewLicenseFromKeyDialog';
import { optionIn } from '../../test/select';

const database = componentStorePerTest('first-key');

beforeEach(() => {
  // The sandbox build trusts the test keys these tests paste.
  vi.stubGlobal('__CONEX_SANDBOX__', true);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

async function pasteKey(entity: string, entities: Parameters<typeof NewLicenseFromKeyDialog>[0]['entities'], labels = EN) {
  const key = await makeTestKey({ sen: 'SEN-30000001', entity, serverId: 'SRV-FIRST' });
  render(<NewLicenseFromKeyDialog entities={entities} onClose={() => undefined} />);
  fireEvent.change(screen.getByRole('textbox', { name: labels.key }), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: labels.check }));
  return screen.findByRole('button', { name: labels.add });
}

const EN = { key: 'License key', check: 'Check key', add: 'Add license' };
const FR = { key: 'Clé de licence', check: 'Vérifier la clé', add: 'Ajouter la licence' };

/** Picks an option of a MUI select by its label. */
function choose(label: RegExp | string, option: RegExp | string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(optionIn(screen.getByRole('listbox'), option));
}

describe('the first key in an empty app (R-LIC-1, R-LIC-3)', () => {
  it('R-LIC-1 R-LIC-3 a genuine key whose entity does not exist offers to add it in the dialog, and adds entity and license in one step', async () => {
    const add = await pasteKey('Bibliothèque Centrale', []);
    expect(screen.getByText(/The key is for “Bibliothèque Centrale”, which is not among your entities yet/)).toBeTruthy();
    expect(screen.queryByText(/Add the entity this license is for/)).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Bibliothèque Centrale');
    fireEvent.click(add);
    // The country is asked: nothing is stored without it.
    expect(await screen.findByText('Choose a country.')).toBeTruthy();
    expect(await database().entities.count()).toBe(0);
    choose(/Kind/, 'Campus');
    choose(/Country/, 'France');
    fireEvent.click(add);
    await waitFor(async () => expect(await database().licenses.count()).toBe(1));
    const [entity] = await database().entities.toArray();
    expect(entity).toMatchObject({ name: 'Bibliothèque Centrale', kind: 'campus', country: 'FR' });
    expect((await database().licenses.toArray())[0]).toMatchObject({ sen: 'SEN-30000001', entityId: entity?.id });
  });

  it('R-LIC-1 in French, with other entities stored, the new entity is one choice beside them', async () => {
    await i18next.changeLanguage('fr');
    await pasteKey('Campus Nord', [entityRow('library', 'Main Library')], FR);
    expect(screen.getByRole('combobox', { name: /Entité/ }).textContent).toBe('Ajouter « Campus Nord » comme nouvelle entité');
    expect(screen.getByText(/La clé est pour « Campus Nord », qui n’est pas encore parmi vos entités/)).toBeTruthy();
    choose(/Entité/, 'Main Library');
    expect(screen.queryByText(/qui n’est pas encore parmi vos entités/)).toBeNull();
  });
});
