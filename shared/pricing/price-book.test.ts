import { describe, expect, it } from 'vitest';
import bundled from '../../resources/price-book.json';
import { bundledPriceBook } from './bundled';
import { findProduct, parsePriceBook } from './price-book';

/** The bundled JSON as loose data, to break it in tests. */
interface RawBook {
  products: { server: Record<string, Record<string, number>>; upgrades: unknown[] }[];
  exchange: Record<string, unknown>;
  promotion: Record<string, unknown>;
}
const clone = () => structuredClone(bundled) as unknown as RawBook;

describe('price book (R-PRICE-1)', () => {
  it('the bundled book is valid and plainly marked as sample prices', () => {
    const book = bundledPriceBook();
    expect(book.ok).toBe(true);
    if (!book.ok) return;
    expect(book.value.sample).toBe(true);
    expect(book.value.notice).toMatch(/sample/i);
    expect(book.value.notice).toMatch(/Conex API/);
    expect(book.value.version).toBeTruthy();
    expect(book.value.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists Conex Books on Server and Cloud in all four plans, and Data Center (R-PROD-1)', () => {
    const book = bundledPriceBook();
    if (!book.ok) throw new Error('bundled book invalid');
    const books = findProduct(book.value, 'conex-books');
    if (!books.ok) throw new Error('missing');
    expect(Object.keys(books.value.server ?? {})).toEqual(['Starter', 'Express', 'Professional', 'Enterprise']);
    expect(Object.keys(books.value.cloud ?? {})).toEqual(['Starter', 'Express', 'Professional', 'Enterprise']);
    const dc = findProduct(book.value, 'conex-data-center');
    expect(dc.ok && dc.value.enterprise).toBe(true);
    expect(book.value.licenseTypes).toEqual(['commercial', 'academic']);
  });

  it('carries the 20 % promotion, academic discounts, DZD rate with margin and major versions (R-DISC-1, R-DISC-2, R-CUR-1, R-EOL-1)', () => {
    const book = bundledPriceBook();
    if (!book.ok) throw new Error('bundled book invalid');
    expect(book.value.promotion?.percent).toBe(20);
    expect(book.value.academic).toEqual({ serverPercent: 7, cloudPercent: 5 });
    expect(book.value.exchange.DZD?.marginPercent).toBeGreaterThan(0);
    expect(book.value.majorVersions.map((v) => v.major)).toEqual([8, 9, 10]);
  });

  it('rejects a negative price with a typed error', () => {
    const input = clone();
    input.products[0]!.server.Starter!.newLicense = -1;
    const result = parsePriceBook(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.messageKey).toBe('domain:priceBook.invalid');
    expect(result.error.params?.path).toBe('products.0.server.Starter.newLicense');
  });

  it('rejects a fractional price (money is integer minor units)', () => {
    const input = clone();
    input.products[0]!.server.Express!.renewal = 12.5;
    expect(parsePriceBook(input).ok).toBe(false);
  });

  it('rejects a tier that does not exist', () => {
    const input = clone();
    input.products[0]!.server.Gold = { users: 5, newLicense: 1, renewal: 1 };
    const result = parsePriceBook(input);
    expect(!result.ok && result.error.code).toBe('priceBook.invalid');
  });

  it('rejects an unknown currency in the exchange table', () => {
    const input = clone();
    input.exchange.GBP = { perEur: 0.85, marginPercent: 0, date: '2026-01-02' };
    expect(parsePriceBook(input).ok).toBe(false);
  });

  it('rejects a downward upgrade price (R-UPG-1)', () => {
    const input = clone();
    input.products[0]!.upgrades.push({ from: 'Enterprise', to: 'Starter', price: 100 });
    const result = parsePriceBook(input);
    expect(!result.ok && result.error.params?.path).toBe('products.0.upgrades.6');
  });

  it('rejects an upgrade to the same tier (R-UPG-1)', () => {
    const input = clone();
    input.products[0]!.upgrades.push({ from: 'Express', to: 'Express', price: 100 });
    expect(parsePriceBook(input)).toMatchObject({
      ok: false,
      error: { params: { path: 'products.0.upgrades.6', detail: 'upgrade must go up' } },
    });
  });

  it('rejects the same product twice, and anything that is not a book', () => {
    const input = clone();
    input.products.push(input.products[1]!);
    expect(parsePriceBook(input)).toEqual({
      ok: false,
      error: {
        code: 'priceBook.invalid',
        messageKey: 'domain:priceBook.invalid',
        params: { path: 'products', detail: 'duplicate product' },
      },
    });
    const nothing = parsePriceBook(null);
    expect(!nothing.ok && nothing.error.params).toEqual({ path: '', detail: expect.any(String) });
  });

  it('defaults the promotion to every kind of line when the book does not say', () => {
    const input = clone();
    delete input.promotion.appliesTo;
    const result = parsePriceBook(input);
    expect(result.ok && result.value.promotion?.appliesTo).toEqual(['new', 'renewal', 'upgrade', 'cloud-subscription']);
  });

  it('a missing product is a typed error', () => {
    const input = clone();
    input.products = [input.products[0]!];
    const book = parsePriceBook(input);
    if (!book.ok) throw new Error('invalid');
    const found = findProduct(book.value, 'conex-data-center');
    expect(!found.ok && found.error).toEqual({
      code: 'product.missing',
      messageKey: 'domain:product.missing',
      params: { product: 'conex-data-center' },
    });
  });
});
