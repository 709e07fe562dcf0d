import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { priceQuote } from '../../../shared/pricing/price-quote';
import { newDraft, type Quote, type QuoteEntry } from '../../../shared/quote';
import { addEntries, addEntry, checkLine, removeEntry } from './cart-check';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const TODAY = '2026-03-10';
const empty = (): Quote => newDraft('q', new Date(`${TODAY}T09:00:00Z`), 'en', book);
const renewal = (years: number, sen = 'SEN-10000001'): QuoteEntry => ({
  id: sen,
  line: { kind: 'renewal', sen, product: 'conex-books', tier: 'Express', licenseType: 'commercial', currentEnd: '2026-01-10', years },
});

describe('adding a line to the cart', () => {
  it('prices the new line exactly as the domain does', () => {
    const entry = renewal(2);
    const checked = checkLine(empty(), entry.line, book, TODAY);
    const direct = priceQuote([entry.line], book, { country: '', now: TODAY });
    expect(checked.ok && direct.ok && checked.value).toEqual(direct.ok && direct.value.lines[0]);
  });

  it('refuses a renewal past the 3-year cap and leaves the quote as it was (R-MAINT-5)', () => {
    const quote = empty();
    const result = addEntry(quote, renewal(4), book, TODAY);
    expect(result).toMatchObject({ ok: false, error: { code: 'maintenance.capExceeded', params: { maxYears: 3 } } });
    expect(quote.lines).toEqual([]);
  });

  it('refuses a second renewal or upgrade of the same SEN', () => {
    const first = addEntry(empty(), renewal(1), book, TODAY);
    if (!first.ok) throw new Error(first.error.code);
    expect(addEntry(first.value, renewal(1), book, TODAY)).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.senInCart' } });
    expect(addEntry(first.value, renewal(1, 'SEN-10000002'), book, TODAY).ok).toBe(true);
  });

  it('refuses a product the price book no longer has, and a downgrade (R-PRICE-1, R-UPG-1)', () => {
    const smaller = { ...book, products: book.products.filter((p) => p.id !== 'conex-data-center') };
    const dataCenter: QuoteEntry = {
      id: 'd',
      line: { kind: 'new', product: 'conex-data-center', tier: 'Enterprise', licenseType: 'commercial', years: 1 },
    };
    expect(addEntry(empty(), dataCenter, smaller, TODAY)).toMatchObject({ ok: false, error: { messageKey: 'domain:product.missing' } });
    const down: QuoteEntry = {
      id: 'u',
      line: {
        kind: 'upgrade',
        sen: 'SEN-10000003',
        product: 'conex-books',
        from: 'Professional',
        to: 'Starter',
        licenseType: 'commercial',
      },
    };
    expect(addEntry(empty(), down, book, TODAY)).toMatchObject({ ok: false, error: { code: 'upgrade.downward' } });
  });

  it('an academic line is priced with the academic discount the customer declares by choosing it (R-DISC-2)', () => {
    const academic = checkLine(
      empty(),
      { kind: 'new', product: 'conex-books', tier: 'Starter', licenseType: 'academic', years: 1 },
      book,
      TODAY,
    );
    expect(academic.ok && academic.value.steps.map((s) => s.kind)).toEqual(['promotion', 'academic']);
  });
});

describe('lines added and removed together (R-MAINT-7)', () => {
  const synced = (id: string, sen: string, anchor: string): QuoteEntry => ({
    id,
    line: {
      kind: 'renewal',
      sen,
      product: 'conex-books',
      tier: 'Express',
      licenseType: 'commercial',
      currentEnd: '2026-05-01',
      years: 1,
      until: '2027-01-10',
    },
    licenseId: id,
    syncedWith: anchor,
  });
  const request = {
    licenses: [{ id: 's', sen: 'SEN-10000009', maintenanceEnd: '2026-05-01' }],
    commonEnd: '2027-01-10',
    anchor: 'renewal' as const,
  };

  it('all or nothing: one refused line leaves the quote as it was', () => {
    const quote = empty();
    const result = addEntries(
      quote,
      [renewal(1), synced('s', 'SEN-10000009', 'SEN-10000001'), renewal(4, 'SEN-10000002')],
      book,
      TODAY,
      request,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'maintenance.capExceeded' } });
    expect(quote.lines).toEqual([]);
    expect(quote.cotermination).toBeNull();
  });

  it('a second co-termination request in one quote is refused', () => {
    const first = addEntries(empty(), [renewal(1), synced('s', 'SEN-10000009', 'SEN-10000001')], book, TODAY, request);
    if (!first.ok) throw new Error(first.error.code);
    expect(addEntries(first.value, [renewal(1, 'SEN-10000003')], book, TODAY, request)).toMatchObject({
      ok: false,
      error: { messageKey: 'quotes:errors.cotermOnce' },
    });
  });

  it('removing a synchronised line keeps the renewal; a request from before priced lines goes with the last renewal', () => {
    const first = addEntries(empty(), [renewal(1), synced('s', 'SEN-10000009', 'SEN-10000001')], book, TODAY, request);
    if (!first.ok) throw new Error(first.error.code);
    const without = removeEntry(first.value, 's');
    expect(without.lines.map((e) => e.id)).toEqual(['SEN-10000001']);
    expect(without.cotermination).toBeNull();
    const old = { ...empty(), lines: [renewal(1)], cotermination: { licenses: request.licenses, commonEnd: '2027-01-10' } };
    expect(removeEntry({ ...old, lines: [...old.lines, renewal(1, 'SEN-10000004')] }, 'SEN-10000004').cotermination).toEqual(
      old.cotermination,
    );
    expect(removeEntry(old, 'SEN-10000001').cotermination).toBeNull();
  });
});
