import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, priceStoredQuote, type Quote, type QuoteEntry } from '../../../shared/quote';
import { checkOptions, quoteOptions } from '../../../shared/quote-options';
import { i18next, initI18n } from '../../i18n';
import { Cart } from './Cart';
import { ChooseOptionDialog } from './ChooseOptionDialog';
import { errorText } from './errors';
import { OptionsBar } from './OptionsBar';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const today = '2027-03-10';
const entry = (id: string, years: number): QuoteEntry => ({
  id,
  line: { id, kind: 'new', product: 'conex-books', tier: 'Professional', licenseType: 'commercial', years },
});

let saved: Quote | undefined;
let counter = 0;

/** The options bar around the cart, the quote held in memory as the draft would be saved. */
function Harness({ initial }: { initial: Quote }) {
  const [quote, setQuote] = useState(initial);
  const update = (edit: (q: Quote) => Quote) =>
    setQuote((q) => {
      saved = edit(q);
      return saved;
    });
  return (
    <OptionsBar quote={quote} book={book} today={today} update={update} newId={() => `o${++counter}`}>
      <Cart quote={quote} priced={priceStoredQuote(quote, book, today)} book={book} update={update} />
    </OptionsBar>
  );
}

beforeEach(async () => {
  saved = undefined;
  counter = 0;
  await initI18n('en');
});
afterEach(cleanup);

const draft = (): Quote => ({ ...newDraft('q', new Date('2027-03-10T09:00:00Z'), 'en', book), lines: [entry('a', 1)] });

describe('the form’s options (issue 20)', () => {
  it('a quote without options shows no option tabs, only the buttons to add one', () => {
    render(<Harness initial={draft()} />);
    expect(screen.queryByRole('tablist', { name: 'Options' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add an empty option' })).toBeTruthy();
  });

  it('duplicating makes option 2 a copy, each tab showing its own total; the cart follows the selected tab', () => {
    render(<Harness initial={draft()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate as a new option' }));
    const tabs = within(screen.getByRole('tablist', { name: 'Options' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([expect.stringMatching(/^Option 1: €/), expect.stringMatching(/^Option 2: €/)]);
    expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
    expect(saved && quoteOptions(saved).map((o) => o.lines.length)).toEqual([1, 1]);
    fireEvent.click(screen.getByRole('button', { name: 'Add an empty option' }));
    expect(screen.getByRole('tab', { name: 'Option 3: not priced yet' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText(/The cart is empty/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /^Option 1/ }));
    expect(screen.getByRole('table', { name: 'Cart' })).toBeTruthy();
  });

  it('a fourth option is refused with a message and nothing changes', () => {
    render(<Harness initial={draft()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add an empty option' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add an empty option' }));
    const before = saved;
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate as a new option' }));
    expect(screen.getByRole('alert').textContent).toBe('A quote offers 3 options at most.');
    expect(saved).toBe(before);
    expect(within(screen.getByRole('tablist', { name: 'Options' })).getAllByRole('tab')).toHaveLength(3);
  });

  it('removing options down to one makes the quote plain again', () => {
    render(<Harness initial={draft()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add an empty option' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove option 2' }));
    expect(screen.queryByRole('tablist', { name: 'Options' })).toBeNull();
    expect(saved?.options).toBeUndefined();
    expect(saved?.lines).toEqual([entry('a', 1)]);
  });

  it('in French', async () => {
    await initI18n('fr');
    render(<Harness initial={draft()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dupliquer en nouvelle option' }));
    expect(screen.getByRole('tablist', { name: 'Options' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Supprimer l’option 2' })).toBeTruthy();
  });
});

describe('choosing the option to submit (issue 20)', () => {
  const options = [
    { id: 'o1', number: 1, text: 'Option 1: €100.00' },
    { id: 'o2', number: 2, text: 'Option 2: €200.00' },
  ];

  it('without a choice it is refused with a message; the chosen option is the one submitted', async () => {
    const chosen: string[] = [];
    render(
      <ChooseOptionDialog
        options={options}
        onChoose={(id) => {
          chosen.push(id);
          return Promise.resolve('');
        }}
        onClose={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Submit this option' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the option the customer orders.');
    expect(chosen).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Option 2: €200.00' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit this option' }));
    await screen.findByRole('radiogroup', { name: 'Option ordered' });
    expect(chosen).toEqual(['o2']);
  });

  it('a refusal from the store is shown in the dialog', async () => {
    render(<ChooseOptionDialog options={options} onChoose={() => Promise.resolve('Option 2: too long')} onClose={() => {}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Option 1: €100.00' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit this option' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Option 2: too long');
  });
});

describe('an option that breaks a rule is named in the message (issue 20)', () => {
  it('the option’s number, then the rule’s own message, in English and French (R-MAINT-5)', async () => {
    const q: Quote = { ...draft(), lines: [entry('a', 4)] };
    const result = checkOptions({ ...q, options: [{ id: 'o1', lines: [entry('b', 1)] }, { id: 'o2' }] }, book, today);
    if (result.ok) throw new Error('expected a refusal');
    expect(errorText(i18next.t, result.error)).toMatch(/^Option 2: .*3 years/);
    await initI18n('fr');
    expect(errorText(i18next.t, result.error)).toMatch(/^Option 2 : .*3 ans/);
  });
});
