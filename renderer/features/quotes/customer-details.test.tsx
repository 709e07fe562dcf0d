import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow } from '../../test/rows';
import QuotesScreen from './QuotesScreen';
import { optionIn } from '../../test/select';

const TODAY = '2026-03-10';
const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const earlier = {
  ...newDraft('earlier', new Date('2026-01-05T09:00:00Z'), 'en', bundled.value),
  status: 'submitted' as const,
  officialNumber: 'Q-2026-0007',
  organization: {
    licensee: 'Ville de Lyon',
    name: 'Bibliothèque municipale de Lyon',
    address: '30 boulevard Vivier-Merle\n69003 Lyon',
    country: 'FR' as const,
  },
  contacts: [
    { email: 'compta@bm-lyon.example', role: 'billing' as const },
    { email: 'dsi@bm-lyon.example', role: 'technical' as const },
  ],
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
  sessionStorage.clear();
});
componentStorePerTest('customer-details', {
  seed: async (store) => {
    await store.entities.add(entityRow('campus', 'Campus Nord', { country: 'BE' }));
    await store.quotes.add(earlier);
    await store.accountProfile.put({
      key: 'profile',
      profile: {
        email: 'achats@universite.example',
        name: 'Achats',
        organization: 'Université Exemple',
        address: '1 rue de l’Université',
        country: 'FR',
        phone: '',
        taxIds: [],
        publicityOptOut: false,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    });
  },
  release: () => vi.useRealTimers(),
});

/** Opens a combobox's list and reads its options once they are there, then closes it. */
async function options(name: string): Promise<string[]> {
  fireEvent.keyDown(screen.getByRole('combobox', { name }), { key: 'ArrowDown' });
  const found = await within(await screen.findByRole('listbox')).findAllByRole('option');
  const texts = found.map((o) => o.textContent ?? '');
  fireEvent.keyDown(screen.getByRole('combobox', { name }), { key: 'Escape' });
  return texts;
}

function pickOption(name: string, option: RegExp) {
  fireEvent.keyDown(screen.getByRole('combobox', { name }), { key: 'ArrowDown' });
  fireEvent.click(optionIn(screen.getByRole('listbox'), option));
}

describe('customer details offer what was used before', () => {
  it('contacts and organizations from earlier quotes, the profile and the entities are picked, then edited (R-ORD-3, R-ORD-9)', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'new' } });
    render(<QuotesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add to cart' }));
    fireEvent.click(screen.getByRole('button', { name: 'Proceed to checkout' }));

    await screen.findByRole('combobox', { name: 'Contact email' });
    expect(await options('Contact email')).toEqual(['compta@bm-lyon.example', 'dsi@bm-lyon.example', 'achats@universite.example']);
    pickOption('Contact email', /^dsi@bm-lyon\.example$/);
    // The contact comes with the role it had: technical.
    expect(screen.getByRole('combobox', { name: 'Role' }).textContent).toBe('Technical');
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    pickOption('Contact email', /^compta@bm-lyon\.example$/);
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(
      within(screen.getByRole('list', { name: 'Contacts' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['dsi@bm-lyon.example (Technical)', 'compta@bm-lyon.example (Billing)']);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const organization = await screen.findByRole('combobox', { name: 'Organization' });
    expect(await options('Organization')).toEqual([
      expect.stringMatching(/^Bibliothèque municipale de Lyon.*Earlier quote/),
      expect.stringMatching(/^Université Exemple.*Your profile/),
      expect.stringMatching(/^Campus Nord.*Entity.*Belgium/),
    ]);
    pickOption('Organization', /^Bibliothèque municipale de Lyon/);
    expect((organization as HTMLInputElement).value).toBe('Bibliothèque municipale de Lyon');
    expect((screen.getByRole('textbox', { name: /^Licensee/ }) as HTMLInputElement).value).toBe('Ville de Lyon');
    expect((screen.getByRole('textbox', { name: /^Address/ }) as HTMLTextAreaElement).value).toBe('30 boulevard Vivier-Merle\n69003 Lyon');
    expect(screen.getByRole('combobox', { name: /^Country/ }).textContent).toBe('France');

    fireEvent.change(organization, { target: { value: 'Bibliothèque municipale de Lyon, Part-Dieu' } });
    expect((organization as HTMLInputElement).value).toBe('Bibliothèque municipale de Lyon, Part-Dieu');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('radiogroup')).toBeTruthy();
  });
});
