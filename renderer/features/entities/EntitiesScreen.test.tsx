import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../i18n';
import { useToast } from '../../store/toast';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import EntitiesScreen from './EntitiesScreen';
import { toastText } from '../../test/toast';

const database = componentStorePerTest('entities-screen', {
  seed: (store) => store.entities.bulkAdd([entityRow('library', 'Main Library'), entityRow('science', 'Faculty of Science')]),
});

afterEach(async () => {
  useToast.getState().dismiss();
  await i18next.changeLanguage('en');
});

describe('deleting an entity', () => {
  it('is refused while licenses are filed under it, listing them (R-LIC-1)', async () => {
    await database().licenses.bulkAdd([licenseRow('lic-1', 'SEN-00000001'), licenseRow('lic-2', 'SEN-00000002', { tier: 'Professional' })]);
    render(<EntitiesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Main Library' }));
    const dialog = await screen.findByRole('dialog', { name: '“Main Library” still has licenses' });
    expect(
      within(dialog).getByText(/2 licenses are filed under “Main Library”, and deleting the entity would leave them with no entity/),
    ).toBeTruthy();
    const list = within(dialog).getByRole('list', { name: 'Licenses of Main Library' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['SEN-00000001 · Conex Books Express (Server)', 'SEN-00000002 · Conex Books Professional (Server)']);
    expect(within(dialog).queryByRole('button', { name: 'Delete' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await database().entities.get('library')).toBeDefined();
  });

  it('the store refuses it too, naming the licenses, if one arrived after the dialog opened (R-LIC-1)', async () => {
    const { deleteEntity } = await import('../../db/repos/entities');
    await database().licenses.add(licenseRow('lic-1', 'SEN-00000001'));
    const result = await deleteEntity(database(), 'library');
    expect(result).toMatchObject({ ok: false, error: { code: 'entity.hasLicenses', params: { count: 1, sens: 'SEN-00000001' } } });
  });

  it('one without licenses is deleted, and Undo puts it back (R-LIC-1)', async () => {
    await database().licenses.add(licenseRow('lic-1', 'SEN-00000001'));
    render(<EntitiesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Faculty of Science' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Faculty of Science”?' });
    const confirm = await within(dialog).findByRole<HTMLButtonElement>('button', { name: 'Delete' });
    // Enabled once the dialog has read the entity's licenses: a click before that does nothing, as a fresh CI run
    // under load found (the toast never came).
    await waitFor(() => expect(confirm.disabled).toBe(false));
    fireEvent.click(confirm);
    await waitFor(() => expect(toastText()).toBe('Entity “Faculty of Science” deleted.'));
    expect(await database().entities.get('science')).toBeUndefined();
    useToast.getState().current?.action?.run();
    expect(await screen.findByRole('button', { name: 'Delete Faculty of Science' })).toBeTruthy();
  });

  it('is refused in French too, with the list (R-LIC-1)', async () => {
    await i18next.changeLanguage('fr');
    await database().licenses.add(licenseRow('lic-1', 'SEN-00000001'));
    render(<EntitiesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer Main Library' }));
    const dialog = await screen.findByRole('dialog', { name: '« Main Library » a encore des licences' });
    expect(within(dialog).getByText(/1 licence est rattachée à « Main Library »/)).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Licences de Main Library' })).toBeTruthy();
  });
});

describe('an entity name in Arabic and Latin letters (issue 21)', () => {
  it('is stored and shown exactly as typed, in the Arabic window too', async () => {
    const { addEntity } = await import('../../db/repos/entities');
    const typed = 'مكتبة Conex للعلوم (Campus 2) – SEN-00000001';
    const added = await addEntity(
      database(),
      { name: typed, kind: 'library', country: 'DZ', notes: '' },
      new Date('2026-12-05T10:00:00Z'),
      'mixed',
    );
    expect(added.ok).toBe(true);
    expect((await database().entities.get('mixed'))?.name).toBe(typed);
    await i18next.changeLanguage('ar');
    render(<EntitiesScreen />);
    expect(await screen.findByText(typed)).toBeTruthy();
  });
});
