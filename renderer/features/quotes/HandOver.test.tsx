import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { priceStoredQuote, type Quote } from '../../../shared/quote';
import { readyQuote } from '../../../tests/sandbox/fixtures';
import { setSyncState } from '../../db/repos/sync-store';
import { i18next } from '../../i18n';
import { componentStorePerTest } from '../../test/component-store';
import QuotesScreen from './QuotesScreen';
import { ReviewStep } from './ReviewStep';

const book = (() => {
  const r = bundledPriceBook();
  if (!r.ok) throw new Error('bundled price book');
  return r.value;
})();
const now = new Date();
const RESELLER = 'reseller@example.com';

const database = componentStorePerTest('hand-over');

beforeEach(async () => {
  await setSyncState(database(), 'account', {
    id: 'acc_1',
    email: RESELLER,
    name: 'Reseller',
    apiUrl: 'http://x',
    tokenStorage: 'session',
  });
});
afterEach(() => i18next.changeLanguage('en'));

/** The review step with its draft kept in state, as the form keeps it. */
function Review({ initial, onChange }: { initial: Quote; onChange: (q: Quote) => void }) {
  const [quote, setQuote] = useState(initial);
  const priced = priceStoredQuote(quote, book, now.toISOString().slice(0, 10));
  return (
    <ReviewStep
      quote={quote}
      priced={priced}
      book={book}
      update={(edit) => {
        const next = edit(quote);
        setQuote(next);
        onChange(next);
      }}
      onDownload={() => undefined}
      pdfBusy={false}
      onSubmit={() => undefined}
      submitError=""
    />
  );
}

describe('orders placed for a customer (R-ORD-8)', () => {
  it('R-ORD-8 before submitting, says the submitter will not see the order, invoice or keys unless a contact, and adds them', async () => {
    let latest = readyQuote('q-cust', now, { email: 'it@customer.example', status: 'draft' });
    render(<Review initial={latest} onChange={(q) => (latest = q)} />);
    const notice = await screen.findByText(/You \(reseller@example.com\) are not a billing or technical contact of this order/);
    expect(notice.textContent).toContain('you will not see the order, its invoice or its license keys');
    expect(notice.textContent).not.toMatch(/R-[A-Z]+-\d/);
    fireEvent.click(screen.getByRole('button', { name: 'Add me as technical contact' }));
    expect(latest.contacts).toContainEqual({ email: RESELLER, role: 'technical' });
    expect(screen.queryByText(/are not a billing or technical contact/)).toBeNull();
  });

  it('R-ORD-8 in French, a paid order handed over to the customer shows as handed over, not waiting for Conex', async () => {
    await database().quotes.bulkPut([
      readyQuote('q-handed', now, { email: 'it@customer.example', status: 'paid', officialNumber: 'Q-2026-000001' }),
      readyQuote('q-mine', now, { email: RESELLER, status: 'paid', officialNumber: 'Q-2026-000002' }),
    ]);
    await i18next.changeLanguage('fr');
    render(<QuotesScreen />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Commandes' }));
    await screen.findByText('Transmise : Conex envoie la facture et les clés aux contacts du client');
    const handed = screen.getByRole('row', { name: /Q-2026-000001/ });
    expect(handed.textContent).not.toContain('En attente de Conex');
    const mine = screen.getByRole('row', { name: /Q-2026-000002/ });
    expect(mine.textContent).toContain('En attente de Conex');
    // The invoice is offered where the order will come, never where it was handed over.
    expect(await within(mine).findByRole('button', { name: /facture/ })).toBeTruthy();
    expect(within(handed).queryByRole('button', { name: /facture/ })).toBeNull();
  });
});
