import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeKeysFile } from '../../../shared/keys/keys-file';
import { makeTestKey } from '../../../tests/fixtures/keys';
import { i18next } from '../../i18n';
import { useToast } from '../../store/toast';
import { componentStorePerTest } from '../../test/component-store';
import { useKeysImport } from './use-keys-import';
import { optionIn } from '../../test/select';
import { toastText } from '../../test/toast';

const database = componentStorePerTest('keys-file-new-entities');

beforeEach(() => {
  // The sandbox build trusts the test keys of this file.
  vi.stubGlobal('__CONEX_SANDBOX__', true);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  useToast.getState().dismiss();
  await i18next.changeLanguage('en');
});

/** A keys file for two entities this empty app does not know: two licenses of the faculty, one of the campus. */
async function keysFile(): Promise<string> {
  const keys = [
    { sen: 'SEN-40000001', entity: 'Faculty of Science', serverId: 'SRV-SCI-1' },
    { sen: 'SEN-40000002', entity: 'Faculty of Science', serverId: 'SRV-SCI-2' },
    { sen: 'SEN-40000003', entity: 'North Campus', serverId: 'SRV-NORTH' },
  ];
  const entries = await Promise.all(keys.map(async (k) => ({ canonical: await makeTestKey(k), sen: k.sen, entity: k.entity })));
  return writeKeysFile(entries);
}

function Opened({ text }: { text: string }) {
  const { load, dialog } = useKeysImport();
  // Opened once, as a file is.
  useEffect(() => {
    void load({ name: 'servers.conexkeys', data: new TextEncoder().encode(text) });
  }, []);
  return <>{dialog}</>;
}

function chooseIn(section: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(section).getByRole('combobox', { name: label }));
  fireEvent.click(optionIn(screen.getByRole('listbox'), option));
}

describe('a keys file whose entities are not recorded here (R-LIC-1, R-LIC-3)', () => {
  it(
    'R-LIC-1 R-LIC-3 asks each new entity’s kind and country once, then adds the entities and all their licenses in one go',
    { timeout: 60_000 },
    async () => {
      render(<Opened text={await keysFile()} />);
      const dialog = await screen.findByRole('dialog', { name: 'Keys in servers.conexkeys' });
      const science = within(dialog).getByRole('region', { name: 'New entity: Faculty of Science' });
      const campus = within(dialog).getByRole('region', { name: 'New entity: North Campus' });
      expect(within(dialog).getAllByText(/which is not recorded here: the entity is added with it/)).toHaveLength(3);

      // No country yet: refused, with nothing written.
      fireEvent.click(within(dialog).getByRole('button', { name: 'Import 3 keys' }));
      expect(await within(dialog).findByText('Some entities are not complete: fill in what is marked above, then import.')).toBeTruthy();
      expect(await database().entities.count()).toBe(0);
      expect(await database().licenses.count()).toBe(0);

      chooseIn(science, 'Kind', 'Faculty');
      chooseIn(science, 'Country', 'France');
      chooseIn(campus, 'Country', 'Belgium');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Import 3 keys' }));
      await waitFor(() => expect(toastText()).toBe('3 keys imported.'));
      const entities = await database().entities.toArray();
      expect(entities.map((e) => [e.name, e.kind, e.country]).sort()).toEqual([
        ['Faculty of Science', 'faculty', 'FR'],
        ['North Campus', 'library', 'BE'],
      ]);
      const licenses = await database().licenses.toArray();
      const entityOf = (sen: string) => entities.find((e) => e.id === licenses.find((l) => l.sen === sen)?.entityId)?.name;
      expect([entityOf('SEN-40000001'), entityOf('SEN-40000002'), entityOf('SEN-40000003')]).toEqual([
        'Faculty of Science',
        'Faculty of Science',
        'North Campus',
      ]);
    },
  );

  it('R-LIC-1 says so in French', async () => {
    await i18next.changeLanguage('fr');
    render(<Opened text={await keysFile()} />);
    const dialog = await screen.findByRole('dialog', { name: 'Clés de servers.conexkeys' });
    expect(within(dialog).getByRole('region', { name: 'Nouvelle entité : North Campus' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Importer 3 clés' }));
    expect(
      await within(dialog).findByText('Certaines entités sont incomplètes : complétez ce qui est signalé ci-dessus, puis importez.'),
    ).toBeTruthy();
  });
});
