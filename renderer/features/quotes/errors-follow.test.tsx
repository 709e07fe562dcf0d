import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft } from '../../../shared/quote';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import QuotesScreen from './QuotesScreen';
import { FormHarness } from './test-harness';
import { optionIn } from '../../test/select';

const TODAY = '2026-03-10';
const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
  sessionStorage.clear();
});
componentStorePerTest('errors-follow', { release: () => vi.useRealTimers() });

const NO_BILLING = 'Add at least one billing contact.';

function pick(label: string, option: RegExp) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(optionIn(screen.getByRole('listbox'), option));
}

function addContact(email: string, role: 'Billing' | 'Technical') {
  fireEvent.change(screen.getByRole('combobox', { name: 'Contact email' }), { target: { value: email } });
  pick('Role', new RegExp(`^${role}$`));
  fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
}

describe('Quote & Order Form: an error shows while it is true and goes when it is not', () => {
  it('the 3-year message goes when the years go back to 1, and the contacts message once both contacts are added (R-MAINT-5, R-ORD-9)', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'new' } });
    render(<QuotesScreen />);
    const years = await screen.findByRole('spinbutton', { name: 'Years of maintenance' });
    fireEvent.change(years, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(screen.getByRole('alert').textContent).toMatch(/3/);
    fireEvent.change(years, { target: { value: '1' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Proceed to checkout' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(screen.getByText(NO_BILLING)).toBeTruthy();
    addContact('billing@library.example', 'Billing');
    expect(screen.queryByText(NO_BILLING)).toBeNull();
    // The step's own message now names what is still missing, and goes once it is added.
    expect(screen.getByRole('alert').textContent).toMatch(/technical/i);
    addContact('it@library.example', 'Technical');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a refused contact email shows while it is wrong and goes when it is fixed', async () => {
    useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'new' } });
    render(<QuotesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add to cart' }));
    fireEvent.click(screen.getByRole('button', { name: 'Proceed to checkout' }));
    const email = await screen.findByRole('combobox', { name: 'Contact email' });
    fireEvent.change(email, { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(email, { target: { value: 'billing@library.example' } });
    expect(email.getAttribute('aria-invalid')).toBe('false');
  });

  it('“already on the Starter plan” goes when another license is chosen (R-UPG-1)', () => {
    const starter = licenseRow('s', 'SEN-00000001', { tier: 'Starter', type: 'commercial' });
    const express = licenseRow('e', 'SEN-00000002', { tier: 'Express', type: 'commercial' });
    const initial = newDraft('q', new Date(`${TODAY}T09:00:00Z`), 'en', book);
    render(
      <FormHarness
        initial={initial}
        book={book}
        licenses={[starter, express]}
        entities={[entityRow('library', 'Main Library')]}
        today={TODAY}
        tab="upgrade"
      />,
    );
    pick('Upgrade to', /^Starter$/);
    pick('License to upgrade', /SEN-00000001/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Email of a current contact of this license' }), {
      target: { value: 'it@library.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(screen.getByText('The license is already on the Starter plan.')).toBeTruthy();
    pick('Upgrade to', /^Professional$/);
    expect(screen.queryByText('The license is already on the Starter plan.')).toBeNull();
    pick('Upgrade to', /^Starter$/);
    pick('License to upgrade', /SEN-00000002/);
    expect(screen.queryByText('The license is already on the Starter plan.')).toBeNull();
  });
});
