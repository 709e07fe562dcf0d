import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../shared/errors';
import { ipcError } from '../../../shared/ipc/results';
import { setPlatformForTests, type PlatformBridge } from '../../platform';
import { createWebBridge } from '../../platform/web';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow } from '../../test/rows';
import MaintenanceScreen from './MaintenanceScreen';

const saved: { suggestedName: string; data: string | Uint8Array }[] = [];

/** A bridge whose file picker hands over `file`, and whose save dialog keeps what was saved. */
function bridge(file?: { name: string; data: Uint8Array }): PlatformBridge {
  return {
    ...createWebBridge(window),
    openFile: async () => ok(file ?? null),
    saveFile: async (options) => {
      saved.push(options);
      return ok({ saved: true, path: options.suggestedName });
    },
  };
}

/** Bytes as French Excel writes "CSV (séparateur : point-virgule)": Windows-1252. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => ({ é: 0xe9, É: 0xc9, è: 0xe8 })[c] ?? c.charCodeAt(0)));
}

const database = componentStorePerTest('csv-import', {
  seed: (store) => store.entities.add(entityRow('library', 'Main Library')),
  release: () => {
    saved.length = 0;
    setPlatformForTests(undefined);
  },
});

async function openImport() {
  render(<MaintenanceScreen />);
  fireEvent.click(await screen.findByRole('button', { name: 'Import CSV' }));
  return within(await screen.findByRole('dialog', { name: 'Import licenses from a CSV file' }));
}

describe('Import licenses from a CSV file', () => {
  it('a file too large to be a license list is said in the dialog, and nothing is read', async () => {
    setPlatformForTests({
      ...bridge(),
      openFile: async () => err(ipcError('file-too-large', { name: 'export.csv', limitMb: 200 })),
    });
    const dialog = await openImport();
    fireEvent.click(dialog.getByRole('button', { name: 'Choose a CSV file…' }));
    expect((await dialog.findByRole('alert')).textContent).toBe('export.csv is larger than 200 MB: it is not a file this app opens.');
  });

  it('offers a template: the header row the import reads', async () => {
    setPlatformForTests(bridge());
    const dialog = await openImport();
    fireEvent.click(dialog.getByRole('button', { name: 'Download the template' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toBe('conex-licenses-template.csv');
    expect(String(saved[0]?.data)).toMatch(/^\uFEFFsen,product,deployment,tier,type,entity,serverId,licensee,maintenanceStart/);
  });

  it('a French Excel file whose SEN header is not guessed: the user maps the column, previews the rows, then imports (R-LIC-4)', async () => {
    const text =
      'Référence;Produit;Offre;Type de licence;Entité;Serveur;Titulaire;Début de maintenance;Fin de maintenance;Version majeure\r\n' +
      'SEN-00000041;Conex Books;Professional;academic;Main Library;SRV-7;Université;01/02/2026;01/02/2027;9,0\r\n';
    setPlatformForTests(bridge({ name: 'licences.csv', data: windows1252(text) }));
    const dialog = await openImport();
    fireEvent.click(dialog.getByRole('button', { name: 'Choose a CSV file…' }));
    expect((await dialog.findByRole('alert')).textContent).toBe('The file lacks these columns: SEN. Nothing can be imported.');
    expect(dialog.getByRole('combobox', { name: /^Maintenance end/ }).textContent).toBe('Fin de maintenance');
    fireEvent.mouseDown(dialog.getByRole('combobox', { name: /^SEN/ }));
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Référence' }));
    const preview = within(dialog.getByRole('table', { name: 'Rows of the file' }));
    const row = within(preview.getByRole('rowheader', { name: '2' }).closest('tr') as HTMLElement);
    expect(row.getByRole('cell', { name: 'SEN-00000041' })).toBeTruthy();
    expect(row.getByRole('cell', { name: '2027-02-01' })).toBeTruthy();
    expect(row.getByRole('cell', { name: 'Ready' })).toBeTruthy();
    expect(await database().licenses.count()).toBe(0);
    fireEvent.click(dialog.getByRole('button', { name: 'Import 1 license' }));
    await waitFor(async () => expect(await database().licenses.count()).toBe(1));
    expect(await database().licenses.where('sen').equals('SEN-00000041').first()).toMatchObject({
      entityId: 'library',
      tier: 'Professional',
      maintenanceStart: '2026-02-01',
      maintenanceEnd: '2027-02-01',
      majorVersion: 9,
    });
  });

  it('a file that is not a table says so', async () => {
    setPlatformForTests(bridge({ name: 'photo.csv', data: new Uint8Array() }));
    const dialog = await openImport();
    fireEvent.click(dialog.getByRole('button', { name: 'Choose a CSV file…' }));
    expect((await dialog.findByRole('alert')).textContent).toMatch(/^photo\.csv is not a table this app can read/);
  });
});
