import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS } from '../catalog';
import { money } from '../money/money';
import { exchangeSnapshot } from './currency';
import { priceQuote, type QuoteOptions } from './price-quote';
import type { QuoteLineInput } from './quote-lines';
import { after, book, during, failure, proNew, quote, SEN } from './quote-fixtures';

describe('priceQuote', () => {
  it('prices a new server license with the promotion, in EUR by default (R-DISC-1, R-CUR-1, R-MAINT-2)', () => {
    const q = quote([proNew]);
    expect(q.currency).toBe('EUR');
    expect(q.lines[0]).toMatchObject({
      list: money(650000, 'EUR'),
      net: money(520000, 'EUR'),
      deployment: 'server',
      period: { start: during, end: '2027-06-15' },
    });
    expect(q.totals).toEqual({ list: money(650000, 'EUR'), discount: money(130000, 'EUR'), net: money(520000, 'EUR') });
    expect(q.pricedOn).toBe(during);
    expect(q.priceBookVersion).toBe(book.version);
    expect(q.review).toEqual({ required: false, reasons: [] });
  });

  it('adds 12-month renewal blocks to a new license (R-MAINT-1)', () => {
    const q = quote([{ ...proNew, years: 3 }], { now: after });
    expect(q.lines[0]?.list).toEqual(money(650000 + 2 * 325000, 'EUR'));
    expect(q.lines[0]?.period).toEqual({ start: after, end: '2030-01-15' });
  });

  it('a new license with more than 3 years breaks the cap (R-MAINT-5)', () => {
    expect(failure([{ ...proNew, years: 4 }])).toMatchObject({
      messageKey: 'domain:maintenance.capExceeded',
      params: { maxYears: 3, line: 0 },
    });
  });

  it('shows the promotion then the academic step on academic lines (R-DISC-2)', () => {
    const q = quote([{ ...proNew, licenseType: 'academic' }], { academic: true });
    expect(q.lines[0]?.steps.map((s) => [s.kind, s.discount.amount, s.after.amount])).toEqual([
      ['promotion', 130000, 520000],
      ['academic', 36400, 483600],
    ]);
  });

  it('an academic line needs a qualified academic customer (R-DISC-2)', () => {
    expect(failure([{ ...proNew, licenseType: 'academic' }])).toMatchObject({
      messageKey: 'domain:academic.notEligible',
      params: { line: 0 },
    });
  });

  it('renews from the previous expiry at the current renewal price (R-MAINT-4, R-PRICE-1)', () => {
    const q = quote(
      [
        {
          kind: 'renewal',
          sen: SEN,
          product: 'conex-books',
          tier: 'Professional',
          licenseType: 'commercial',
          currentEnd: '2026-09-01',
          years: 2,
        },
      ],
      { now: after },
    );
    expect(q.lines[0]?.list).toEqual(money(650000, 'EUR'));
    expect(q.lines[0]?.period).toEqual({ start: '2026-09-01', end: '2028-09-01' });
  });

  it('a renewal past the 3-year cap is refused with the largest renewal allowed (R-MAINT-5)', () => {
    const error = failure([
      proNew,
      { kind: 'renewal', sen: SEN, product: 'conex-books', tier: 'Starter', licenseType: 'commercial', currentEnd: '2027-03-01', years: 3 },
    ]);
    expect(error).toEqual({
      code: 'maintenance.capExceeded',
      messageKey: 'domain:maintenance.capExceeded',
      params: { maxYears: 2, latestEnd: '2029-06-15', capYears: 3, line: 1 },
    });
  });

  it('prices an upgrade with its maintenance starting on payment (R-UPG-1, R-MAINT-3)', () => {
    const q = quote(
      [{ kind: 'upgrade', sen: SEN, product: 'conex-books', from: 'Starter', to: 'Professional', licenseType: 'commercial' }],
      { now: after },
    );
    expect(q.lines[0]?.net).toEqual(money(530000, 'EUR'));
    expect(q.lines[0]?.period).toEqual({ start: after, end: '2028-01-15' });
  });

  it('a downward upgrade is refused (R-UPG-1)', () => {
    expect(
      failure([{ kind: 'upgrade', sen: SEN, product: 'conex-books', from: 'Enterprise', to: 'Express', licenseType: 'commercial' }]),
    ).toMatchObject({
      messageKey: 'domain:upgrade.downward',
      params: { from: 'Enterprise', to: 'Express', line: 0 },
    });
  });

  it('an upgrade the book has no price for is a typed error', () => {
    expect(
      failure([
        { kind: 'upgrade', sen: SEN, product: 'conex-data-center', from: 'Professional', to: 'Enterprise', licenseType: 'commercial' },
      ]).messageKey,
    ).toBe('domain:price.missing');
  });

  it('flags an upgrade within 30 days of purchase, and co-termination, for sales review (R-UPG-1, R-MAINT-7)', () => {
    const upgrade: QuoteLineInput = {
      kind: 'upgrade',
      sen: SEN,
      product: 'conex-books',
      from: 'Starter',
      to: 'Express',
      licenseType: 'commercial',
      purchaseDate: '2026-06-01',
    };
    expect(quote([upgrade]).review).toEqual({ required: true, reasons: ['upgrade-within-30-days'] });
    expect(quote([{ ...upgrade, purchaseDate: '2026-01-01' }]).review.required).toBe(false);
    expect(quote([proNew], { coterminate: true }).review).toEqual({ required: true, reasons: ['cotermination'] });
  });

  it('Cloud: promotion on the first term only, full price after (R-DISC-1)', () => {
    const first = quote([
      { kind: 'cloud-subscription', product: 'conex-books', tier: 'Professional', licenseType: 'commercial', firstTerm: true },
    ]);
    expect(first.lines[0]?.net).toEqual(money(224000, 'EUR'));
    expect(first.lines[0]?.period).toEqual({ start: during, end: '2027-06-15' });
    const later = quote([
      {
        kind: 'cloud-subscription',
        product: 'conex-books',
        tier: 'Professional',
        licenseType: 'commercial',
        firstTerm: false,
        currentEnd: '2026-07-01',
      },
    ]);
    expect(later.lines[0]?.net).toEqual(money(280000, 'EUR'));
    expect(later.lines[0]?.period).toEqual({ start: '2026-07-01', end: '2027-07-01' });
  });

  it('Cloud academic lines get 5 % (R-DISC-2)', () => {
    const q = quote(
      [{ kind: 'cloud-subscription', product: 'conex-books', tier: 'Professional', licenseType: 'academic', firstTerm: true }],
      { academic: true },
    );
    expect(q.lines[0]?.net).toEqual(money(212800, 'EUR'));
  });

  it('a product without Cloud or without that tier is a tier error', () => {
    expect(
      failure([
        { kind: 'cloud-subscription', product: 'conex-data-center', tier: 'Enterprise', licenseType: 'commercial', firstTerm: true },
      ]),
    ).toMatchObject({
      messageKey: 'domain:tier.unknown',
      params: { product: 'conex-data-center', tier: 'Enterprise', deployment: 'cloud' },
    });
    expect(failure([{ ...proNew, product: 'conex-data-center', tier: 'Starter' }]).messageKey).toBe('domain:tier.unknown');
    expect(
      failure([
        { kind: 'renewal', sen: SEN, product: 'conex-data-center', tier: 'Express', licenseType: 'commercial', currentEnd: '2027-01-01' },
      ]).messageKey,
    ).toBe('domain:tier.unknown');
  });

  it('bad input from outside gives typed errors naming the line', () => {
    expect(failure([proNew, { ...proNew, tier: 'Gold' }])).toMatchObject({
      messageKey: 'domain:tier.unknown',
      params: { tier: 'Gold', line: 1 },
    });
    expect(failure([{ ...proNew, product: 'conex-chat' }])).toMatchObject({
      messageKey: 'domain:product.missing',
      params: { product: 'conex-chat' },
    });
    expect(failure([{ ...proNew, years: 1.5 }])).toMatchObject({
      messageKey: 'domain:quote.invalidLine',
      params: { line: 0, field: 'years' },
    });
    expect(failure(['nonsense'])).toMatchObject({ messageKey: 'domain:quote.invalidLine', params: { line: 0 } });
    expect(failure([{ ...proNew, kind: 'upgrade', sen: SEN, from: 'Starter', to: 'Platinum' }])).toMatchObject({
      messageKey: 'domain:tier.unknown',
      params: { tier: 'Platinum' },
    });
  });

  it('a product missing from the book is a typed error', () => {
    const result = priceQuote(
      [proNew],
      { ...book, products: book.products.filter((p) => p.id !== 'conex-books') },
      { country: 'FR', now: during },
    );
    expect(!result.ok && result.error).toMatchObject({ messageKey: 'domain:product.missing', params: { product: 'conex-books', line: 0 } });
  });

  it('DZD only for Algeria; an unknown currency is refused (R-CUR-1)', () => {
    expect(failure([proNew], { currency: 'DZD', country: 'FR' }).messageKey).toBe('domain:currency.dzdOutsideAlgeria');
    expect(failure([proNew], { currency: 'JPY' }).messageKey).toBe('domain:currency.unknown');
  });

  it('DZD quotes convert the list price then discount, keeping the snapshot (R-CUR-1)', () => {
    const q = quote([proNew], { currency: 'DZD', country: 'DZ' });
    expect(q.exchange).toEqual({ currency: 'DZD', perEur: 151.2, marginPercent: 3, date: '2026-01-02', effectiveRate: 155.736 });
    expect(q.lines[0]?.list).toEqual(money(101228400, 'DZD'));
    expect(q.lines[0]?.net).toEqual(money(80982720, 'DZD'));
  });

  it('a reopened quote is priced with its stored rate whatever the book says today (R-CUR-1)', () => {
    const first = quote([proNew], { currency: 'DZD', country: 'DZ' });
    const newerBook = { ...book, exchange: { ...book.exchange, DZD: { perEur: 160, marginPercent: 5, date: '2026-06-01' } } };
    const reopened = priceQuote([proNew], newerBook, { country: 'DZ', currency: 'DZD', now: first.pricedOn, exchange: first.exchange });
    expect(reopened.ok && reopened.value.totals).toEqual(first.totals);
    const fresh = priceQuote([proNew], newerBook, { country: 'DZ', currency: 'DZD', now: first.pricedOn });
    expect(fresh.ok && fresh.value.totals.net.amount).not.toBe(first.totals.net.amount);
  });

  it('a stored snapshot in another currency, or malformed, is refused', () => {
    const usd = exchangeSnapshot(book, 'USD', 'FR');
    if (!usd.ok) throw new Error('no USD');
    expect(failure([proNew], { currency: 'EUR', exchange: usd.value }).messageKey).toBe('domain:currency.snapshotMismatch');
    expect(failure([proNew], { currency: 'USD', exchange: { ...usd.value, effectiveRate: -1 } }).messageKey).toBe(
      'domain:currency.snapshotMismatch',
    );
  });

  it('resellers pay list prices like everyone: there is no reseller discount (R-DISC-3)', () => {
    const asReseller = priceQuote([proNew], book, { country: 'FR', now: during, reseller: true } as QuoteOptions);
    expect(asReseller.ok && asReseller.value.totals).toEqual(quote([proNew]).totals);
  });

  it('adds no VAT or GST: the total is the sum of the line nets (R-TAX-1)', () => {
    const q = quote(
      [proNew, { kind: 'cloud-subscription', product: 'conex-books', tier: 'Starter', licenseType: 'commercial', firstTerm: true }],
      { currency: 'USD' },
    );
    expect(q.totals.net.amount).toBe(q.lines.reduce((sum, l) => sum + l.net.amount, 0));
    expect(q.totals.list.amount - q.totals.discount.amount).toBe(q.totals.net.amount);
    expect(q.totals.net.currency).toBe('USD');
  });

  it('an empty quote totals zero', () => {
    expect(quote([]).totals.net).toEqual(money(0, 'EUR'));
  });

  it('each line keeps its own prices and deployment (R-UPG-1, R-MAINT-4)', () => {
    const q = quote(
      [
        { kind: 'upgrade', sen: SEN, product: 'conex-books', from: 'Express', to: 'Professional', licenseType: 'commercial' },
        { kind: 'renewal', sen: SEN, product: 'conex-books', tier: 'Express', licenseType: 'commercial', currentEnd: '2026-09-01' },
      ],
      { now: after },
    );
    expect(q.lines.map((l) => [l.list.amount, l.deployment])).toEqual([
      [360000, 'server'],
      [145000, 'server'],
    ]);
  });

  it('a product without server prices is a tier error for server lines', () => {
    const cloudOnly = { ...book, products: book.products.map((p) => (p.id === 'conex-books' ? { ...p, server: undefined } : p)) };
    const result = priceQuote([proNew], cloudOnly, { country: 'FR', now: during });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'tier.unknown',
        messageKey: 'domain:tier.unknown',
        params: { product: 'conex-books', tier: 'Professional', deployment: 'server', line: 0 },
      },
    });
  });

  it('errors carry their code, message key and parameters', () => {
    expect(failure([{ ...proNew, licenseType: 'academic' }])).toEqual({
      code: 'academic.notEligible',
      messageKey: 'domain:academic.notEligible',
      params: { line: 0 },
    });
    expect(
      failure([
        { kind: 'upgrade', sen: SEN, product: 'conex-data-center', from: 'Professional', to: 'Enterprise', licenseType: 'commercial' },
      ]),
    ).toEqual({
      code: 'price.missing',
      messageKey: 'domain:price.missing',
      params: { product: 'conex-data-center', item: 'Professional>Enterprise', line: 0 },
    });
    const usd = exchangeSnapshot(book, 'USD', 'FR');
    if (!usd.ok) throw new Error('no USD');
    expect(failure([proNew], { currency: 'EUR', exchange: usd.value })).toEqual({
      code: 'currency.snapshotMismatch',
      messageKey: 'domain:currency.snapshotMismatch',
      params: { currency: 'EUR' },
    });
    expect(
      failure([{ kind: 'upgrade', sen: SEN, product: 'conex-books', from: 'Bronze', to: 'Express', licenseType: 'commercial' }]),
    ).toEqual({
      code: 'tier.unknown',
      messageKey: 'domain:tier.unknown',
      params: { tier: 'Bronze', line: 0 },
    });
    expect(failure([{ ...proNew, years: 0 }])).toEqual({
      code: 'quote.invalidLine',
      messageKey: 'domain:quote.invalidLine',
      params: { line: 0, field: 'years', detail: expect.any(String) },
    });
  });

  it('rounding per line never drifts more than one minor unit per line from exact arithmetic (R-CUR-1, R-DISC-2)', () => {
    const line = fc.record({ tier: fc.constantFrom(...TIERS), years: fc.integer({ min: 1, max: 3 }), academic: fc.boolean() });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), fc.constantFrom('EUR', 'USD', 'DZD'), (lines, currency) => {
        const input = lines.map(
          (l) => ({ ...proNew, tier: l.tier, years: l.years, licenseType: l.academic ? 'academic' : 'commercial' }) as QuoteLineInput,
        );
        const result = priceQuote(input, book, { country: 'DZ', currency, academic: true, now: during });
        if (!result.ok) throw new Error(result.error.messageKey);
        const rate = result.value.exchange.effectiveRate;
        let exact = 0;
        for (const l of input) {
          if (l.kind !== 'new') continue;
          const prices = book.products[0]!.server![l.tier]!;
          const eur = prices.newLicense + prices.renewal * ((l.years ?? 1) - 1);
          exact += eur * rate * 0.8 * (l.licenseType === 'academic' ? 0.93 : 1);
        }
        // Three roundings per line (conversion, promotion, academic), each at most half a unit.
        expect(Math.abs(result.value.totals.net.amount - exact)).toBeLessThanOrEqual(1.5 * input.length);
        for (const l of result.value.lines) expect(l.net.amount).toBeLessThanOrEqual(l.list.amount);
      }),
    );
  });
});
