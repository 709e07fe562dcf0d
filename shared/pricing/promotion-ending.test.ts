import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from './bundled';
import { priceQuote } from './price-quote';
import { promotionEndingBeforeValidity } from './promotion-ending';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = { ...bundled.value, promotion: { percent: 20, endsOn: '2026-12-31', appliesTo: ['new' as const] } };
const line = { kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'commercial', years: 1 };

function priced(now: string, lines: unknown[] = [line]) {
  const result = priceQuote(lines, book, { country: 'FR', now });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('a promotion that ends before the quote’s validity (R-DISC-1, R-ORD-5)', () => {
  it('is named with its end and the quote’s last valid day when the 30 days go past it', () => {
    expect(promotionEndingBeforeValidity(priced('2026-12-10T10:00:00Z'), book)).toEqual({
      percent: 20,
      endsOn: '2026-12-31',
      validUntil: '2027-01-09',
    });
  });

  it('is not named when the quote’s validity ends on or before the promotion’s last day', () => {
    expect(promotionEndingBeforeValidity(priced('2026-12-01T10:00:00Z'), book)).toBeNull();
    expect(promotionEndingBeforeValidity(priced('2026-11-01T10:00:00Z'), book)).toBeNull();
  });

  it('is not named when no line of the quote has the promotion', () => {
    const renewal = {
      kind: 'renewal',
      sen: 'SEN-00000001',
      product: 'conex-books',
      tier: 'Express',
      licenseType: 'commercial',
      currentEnd: '2027-03-01',
      years: 1,
    };
    expect(promotionEndingBeforeValidity(priced('2026-12-10T10:00:00Z', [renewal]), book)).toBeNull();
  });
});
