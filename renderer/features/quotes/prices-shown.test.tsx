import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from '../../../shared/money/format';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { exchangeSnapshot } from '../../../shared/pricing/currency';
import { priceQuote } from '../../../shared/pricing/price-quote';
import { newDraft, priceStoredQuote, type Quote } from '../../../shared/quote';
import { initI18n } from '../../i18n';
import { Cart } from './Cart';
import { PriceSteps } from './PriceSteps';
import { QuoteList } from './QuoteList';
import type { RowHandlers } from './QuoteRowActions';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const TODAY = '2026-03-10';
const noop: RowHandlers = { onEdit() {}, onContactUs() {}, onDuplicate() {}, onPo() {}, onPdf() {}, onDelete() {} };

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

function quote(currency: 'EUR' | 'USD' | 'DZD'): Quote {
  const exchange = exchangeSnapshot(book, currency, 'DZ');
  if (!exchange.ok) throw new Error(exchange.error.code);
  return {
    ...newDraft('q', new Date(`${TODAY}T09:00:00Z`), 'en', book),
    currency,
    exchange: exchange.value,
    organization: { licensee: 'U', name: 'Université', address: 'Alger', country: 'DZ' },
    lines: [
      { id: 'a', line: { id: 'a', kind: 'new', product: 'conex-books', tier: 'Professional', licenseType: 'academic', years: 3 } },
      {
        id: 'b',
        line: {
          id: 'b',
          kind: 'upgrade',
          sen: 'SEN-11112222',
          product: 'conex-books',
          from: 'Starter',
          to: 'Express',
          licenseType: 'commercial',
        },
      },
      {
        id: 'c',
        line: { id: 'c', kind: 'cloud-subscription', product: 'conex-books', tier: 'Starter', licenseType: 'academic', firstTerm: true },
      },
    ],
  };
}

/** The domain's prices for the same lines, computed directly (not through the stored quote). */
function domain(q: Quote) {
  const result = priceQuote(
    q.lines.map((e) => e.line),
    book,
    { currency: q.currency, country: 'DZ', academic: true, now: TODAY, exchange: q.exchange },
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('every price shown is the domain’s (R-DISC-1, R-DISC-2, R-CUR-1)', () => {
  for (const currency of ['EUR', 'USD', 'DZD'] as const) {
    it(`review step, in ${currency}: list, each discount, line price and totals`, () => {
      const q = quote(currency);
      const want = domain(q);
      render(<PriceSteps priced={want} book={book} />);
      const table = screen.getByRole('table', { name: 'Prices, step by step' });
      const cells = within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      for (const line of want.lines) {
        expect(cells).toContain(formatMoney(line.list, 'en'));
        for (const step of line.steps) {
          expect(cells).toContain(`−${formatMoney(step.discount, 'en')}`);
          expect(cells).toContain(
            `${step.kind === 'promotion' ? 'Promotion' : 'Academic discount'} (${formatPercent(step.percent, 'en')})`,
          );
        }
        expect(cells).toContain(formatMoney(line.net, 'en'));
      }
      expect(screen.getByTestId('quote-total').textContent).toBe(formatMoney(want.totals.net, 'en'));
      expect(cells).toContain(formatMoney(want.totals.list, 'en'));
      expect(cells).toContain(`−${formatMoney(want.totals.discount, 'en')}`);
      expect(screen.getByText('No VAT or GST is applied.')).toBeTruthy();
      if (currency !== 'EUR') expect(screen.getByTestId('exchange-note').textContent).toContain(`${q.exchange.perEur} ${currency}`);
    });
  }

  it('cart: each line’s list and net price, its maintenance dates and the total', () => {
    const q = quote('DZD');
    const want = domain(q);
    render(<Cart quote={q} priced={priceStoredQuote(q, book, TODAY)} book={book} update={() => {}} />);
    const rows = within(screen.getByRole('table', { name: 'Cart' }))
      .getAllByRole('row')
      .slice(1);
    want.lines.forEach((line, i) => {
      const text = rows[i]?.textContent ?? '';
      expect(text).toContain(formatMoney(line.list, 'en'));
      expect(text).toContain(formatMoney(line.net, 'en'));
    });
    expect(rows[0]?.textContent).toContain('Mar 10, 2026 to Mar 10, 2029');
    expect(document.body.textContent).toContain(`Total: ${formatMoney(want.totals.net, 'en')}`);
  });

  it('quote list: each quote’s total', () => {
    const q = quote('USD');
    render(<QuoteList quotes={[q]} book={book} label="Quotes" handlers={noop} pdfBusy={false} />);
    const row = within(screen.getByRole('table', { name: 'Quotes' })).getAllByRole('row')[1];
    const priced = priceStoredQuote(q, book, new Date());
    if (!priced.ok) throw new Error(priced.error.code);
    expect(row?.textContent).toContain(formatMoney(priced.value.totals.net, 'en'));
  });
});
