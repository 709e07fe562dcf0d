import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, priceStoredQuote, type Quote } from '../../../shared/quote';
import { initI18n } from '../../i18n';
import { ReviewStep } from './ReviewStep';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
// The bundled promotion: 20% off until Dec 31, 2026.
const book = bundled.value;

function draft(language: 'en' | 'fr' = 'en'): Quote {
  return {
    ...newDraft('q', new Date('2026-03-10T09:00:00Z'), language, book),
    lines: [{ id: 'a', line: { id: 'a', kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'commercial', years: 1 } }],
    organization: { licensee: 'Ville de Lyon', name: 'BM Lyon', address: 'Lyon', country: 'FR' },
    paymentChoice: 'quote',
  };
}

function review(quote: Quote, pricedOn: string) {
  const noop = () => {};
  render(
    <ReviewStep
      quote={quote}
      priced={priceStoredQuote(quote, book, pricedOn)}
      book={book}
      update={noop}
      onDownload={noop}
      pdfBusy={false}
      onSubmit={noop}
      submitError=""
    />,
  );
}

beforeEach(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('Review My Order: a promotion that ends before the quote’s validity (R-DISC-1, R-ORD-5)', () => {
  it('says when the promotion ends and when the quote’s validity ends', () => {
    review(draft(), '2026-12-10');
    expect(screen.getByRole('status').textContent).toBe(
      'The 20% promotion ends on Dec 31, 2026, before this quote’s validity ends on Jan 9, 2027.',
    );
  });

  it('says nothing while the quote’s validity ends before the promotion does', () => {
    review(draft(), '2026-03-10');
    expect(screen.queryByText(/promotion ends/)).toBeNull();
  });

  it('in French', async () => {
    await initI18n('fr');
    review(draft('fr'), '2026-12-10');
    expect(screen.getByRole('status').textContent?.replace(/\s/g, ' ')).toBe(
      'La promotion de 20 % se termine le 31 déc. 2026, avant la fin de validité de ce devis le 9 janv. 2027.',
    );
  });
});
