import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import type { OrganizationOption } from './customer-options';
import { OrganizationPicker } from './OrganizationPicker';

const used: OrganizationOption[] = [
  { source: 'quote', licensee: 'Ville de Lyon', name: 'Bibliothèque municipale de Lyon', address: '', country: 'FR' },
  { source: 'profile', licensee: '', name: 'Université Exemple', address: '', country: 'FR' },
  { source: 'entity', licensee: '', name: 'Campus Nord', address: '', country: 'BE' },
];

function Field({ initial }: { initial: string }) {
  const [name, setName] = useState(initial);
  return (
    <OrganizationPicker value={name} options={used} onType={setName} onPick={(o) => setName(o.name)} error={false} helperText={undefined} />
  );
}

const shown = () =>
  within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((o) => o.firstChild?.textContent);

beforeEach(async () => {
  await initI18n('en');
});

describe('the Organization field (R-ORD-3)', () => {
  it('opened with a name already in it (prefilled from the profile), offers every organization used before', () => {
    render(<Field initial="Université Exemple" />);
    fireEvent.keyDown(screen.getByRole('combobox', { name: /Organization/ }), { key: 'ArrowDown' });
    expect(shown()).toEqual(['Bibliothèque municipale de Lyon', 'Université Exemple', 'Campus Nord']);
  });

  it('narrows to what the user types once it is open', () => {
    render(<Field initial="" />);
    const field = screen.getByRole('combobox', { name: /Organization/ });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.change(field, { target: { value: 'Lyon' } });
    expect(shown()).toEqual(['Bibliothèque municipale de Lyon']);
  });
});
