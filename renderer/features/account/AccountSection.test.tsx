import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../shared/account';
import { useToast } from '../../store/toast';
import { componentStorePerTest } from '../../test/component-store';
import { AccountSection } from './AccountSection';
import { toastText } from '../../test/toast';

const database = componentStorePerTest('account-section', {
  release: () => i18next.changeLanguage('en'),
});
beforeEach(() => {
  useToast.getState().dismiss();
});

const stored = async () => (await database().accountProfile.get('profile'))?.profile;
// Queries go through the tax IDs group where they can: role queries over the whole section are slow in jsdom.
const taxIds = () => within(screen.getByRole('group', { name: 'Tax IDs' }));
const textbox = (name: string | RegExp) =>
  (typeof name === 'string' && name.startsWith('Tax ID')
    ? taxIds().getByRole('textbox', { name })
    : screen.getByLabelText(name)) as HTMLInputElement;
const type = (name: string | RegExp, value: string) => fireEvent.change(textbox(name), { target: { value } });

async function chooseKind(row: number, kind: string) {
  fireEvent.mouseDown(taxIds().getByRole('combobox', { name: `Tax ID kind ${row}` }));
  fireEvent.click(await within(await screen.findByRole('listbox')).findByRole('option', { name: kind }));
}

async function renderSection() {
  render(<AccountSection />);
  return screen.findByRole('button', { name: 'Save profile' });
}

// The whole Settings section renders in jsdom: on a loaded two-core machine the first render alone can take seconds.
describe('the account profile in Settings', { timeout: 20_000 }, () => {
  it('R-TAX-1 saves a profile with two tax IDs of different kinds, normalized, and shows them as stored', async () => {
    const save = await renderSection();
    type(/^Username/, 'ana@univ.example');
    type('Organization', 'Université Exemple');
    expect(screen.getByText('No tax ID recorded.')).toBeTruthy();
    fireEvent.click(taxIds().getByRole('button', { name: 'Add a tax ID' }));
    type('Tax ID 1', 'fr 1234 5678 901');
    fireEvent.click(taxIds().getByRole('button', { name: 'Add a tax ID' }));
    await chooseKind(2, 'GST registration number');
    type('Tax ID 2', '27abcde1234f1z5');
    fireEvent.click(save);

    await waitFor(() => expect(toastText()).toBe('Profile saved. It is sent to Conex at the next sync.'));
    expect(await stored()).toMatchObject({
      email: 'ana@univ.example',
      organization: 'Université Exemple',
      taxIds: [
        { kind: 'VAT', value: 'FR12345678901' },
        { kind: 'GST', value: '27ABCDE1234F1Z5' },
      ],
    });
    expect(textbox('Tax ID 1').value).toBe('FR12345678901');
    expect(textbox('Tax ID 2').value).toBe('27ABCDE1234F1Z5');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('R-TAX-1 offers each kind once: a kind another row has cannot be chosen, and four rows use them all', async () => {
    await renderSection();
    const add = taxIds().getByRole('button', { name: 'Add a tax ID' });
    for (let i = 0; i < 4; i++) fireEvent.click(add);
    expect((add as HTMLButtonElement).disabled).toBe(true);
    fireEvent.mouseDown(taxIds().getByRole('combobox', { name: 'Tax ID kind 2' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('aria-disabled') === 'true'])).toEqual([
      ['VAT number', true],
      ['PAN', false],
      ['CIN', true],
      ['GST registration number', true],
    ]);
  });

  it('R-TAX-1 refuses a tax ID in the wrong format with the translated message, and stores nothing', async () => {
    const save = await renderSection();
    type(/^Username/, 'ana@univ.example');
    fireEvent.click(taxIds().getByRole('button', { name: 'Add a tax ID' }));
    type('Tax ID 1', '12345');
    fireEvent.click(save);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'A VAT number is a 2-letter country code followed by 2 to 13 letters or digits (e.g. FR12345678901).',
    );
    expect(textbox('Tax ID 1').getAttribute('aria-invalid')).toBe('true');
    expect(textbox('Tax ID 1').value).toBe('12345');
    expect(await stored()).toBeUndefined();
    expect(useToast.getState().current).toBeNull();
  });

  it('R-TAX-1 says in French which tax ID is left empty, and the stored profile stays as it was', async () => {
    await database().accountProfile.put({ key: 'profile', profile: { ...emptyProfile('ana@univ.example', new Date()), name: 'Ana' } });
    await i18next.changeLanguage('fr');
    render(<AccountSection />);
    const save = await screen.findByRole('button', { name: 'Enregistrer le profil' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Nom' }), { target: { value: 'Ana Ruiz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un identifiant fiscal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un identifiant fiscal' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Identifiant fiscal 1' }), { target: { value: 'FR12345678901' } });
    fireEvent.click(save);

    expect((await screen.findByRole('alert')).textContent).toBe('Saisissez la valeur de « PAN » ou retirez-la.');
    expect(await stored()).toMatchObject({ name: 'Ana', taxIds: [] });
  });

  it('R-TAX-1 removes one tax ID row by its kind and saves the others', async () => {
    await database().accountProfile.put({
      key: 'profile',
      profile: {
        ...emptyProfile('ana@univ.example', new Date()),
        taxIds: [
          { kind: 'VAT', value: 'FR12345678901' },
          { kind: 'PAN', value: 'ABCDE1234F' },
        ],
      },
    });
    const save = await renderSection();
    expect(textbox('Tax ID 1').value).toBe('FR12345678901');
    expect(textbox('Tax ID 2').value).toBe('ABCDE1234F');

    fireEvent.click(taxIds().getByRole('button', { name: 'Remove VAT number' }));
    expect(taxIds().queryByRole('button', { name: 'Remove VAT number' })).toBeNull();
    expect(taxIds().queryByRole('textbox', { name: 'Tax ID 2' })).toBeNull();
    expect(textbox('Tax ID 1').value).toBe('ABCDE1234F');
    // Removed in the form only until the profile is saved.
    expect((await stored())?.taxIds).toHaveLength(2);

    fireEvent.click(save);
    await waitFor(async () => expect((await stored())?.taxIds).toEqual([{ kind: 'PAN', value: 'ABCDE1234F' }]));
  });
});
