import { describe, expect, it } from 'vitest';
import { money } from '../money/money';
import type { QuoteLineInput } from './quote-lines';
import { failure, proNew, quote, SEN } from './quote-fixtures';

describe('line errors from outside (quote-lines)', () => {
  it('names the field and keeps the zod message', () => {
    expect(failure([{ ...proNew, licenseType: 'evaluation' }])).toEqual({
      code: 'quote.invalidLine',
      messageKey: 'domain:quote.invalidLine',
      params: { line: 0, field: 'licenseType', detail: expect.stringMatching(/.+/) },
    });
  });

  it('a bad "from" tier of an upgrade is a tier error with the given tier', () => {
    expect(
      failure([{ kind: 'upgrade', sen: SEN, product: 'conex-books', from: 'Bronze', to: 'Express', licenseType: 'commercial' }]),
    ).toMatchObject({
      params: { tier: 'Bronze' },
    });
  });

  it('an unknown product is a product error, not a line error', () => {
    expect(failure([{ ...proNew, product: 'conex-chat' }])).toEqual({
      code: 'product.missing',
      messageKey: 'domain:product.missing',
      params: { product: 'conex-chat', line: 0 },
    });
  });
});

describe('co-termination lines (R-MAINT-7)', () => {
  const renewal: QuoteLineInput = {
    kind: 'renewal',
    product: 'conex-books',
    tier: 'Professional',
    licenseType: 'commercial',
    sen: SEN,
    currentEnd: '2026-09-01',
  };

  it('a renewal to a common end runs from its own end to it and is priced pro rata: months at 1/12, days at 1/365', () => {
    const q = quote([{ ...renewal, until: '2027-03-16' }]);
    const line = q.lines[0];
    expect(line?.period).toEqual({ start: '2026-09-01', end: '2027-03-16' });
    expect(line?.span).toEqual({ months: 6, days: 15, totalDays: 196 });
    // 3,250.00 € a year: 6 months = 1,625.00 €, 15 days = 133.56 € (3,250 × 15 / 365 = 133.5616…).
    expect(line?.listEur).toEqual(money(175856, 'EUR'));
    expect(line?.list).toEqual(money(175856, 'EUR'));
    expect(q.review).toEqual({ required: true, reasons: ['cotermination'] });
  });

  it('12 months and 0 days to the common end costs exactly one renewal block', () => {
    const whole = quote([{ ...renewal, until: '2027-09-01' }]).lines[0];
    const block = quote([renewal]).lines[0];
    expect(whole?.list).toEqual(block?.list);
    expect(whole?.span).toEqual({ months: 12, days: 0, totalDays: 365 });
  });

  it('a common end not after the line’s own end, or past the 3-year cap, is refused (R-MAINT-5)', () => {
    expect(failure([{ ...renewal, until: '2026-09-01' }])).toMatchObject({
      messageKey: 'domain:maintenance.cotermBeforeEnd',
      params: { latestEnd: '2026-09-01', line: 0 },
    });
    expect(failure([{ ...renewal, until: '2029-06-16' }])).toMatchObject({
      messageKey: 'domain:maintenance.cotermCap',
      params: { latestEnd: '2029-06-15', line: 0 },
    });
  });

  it('each line carries its list price in EUR, so another currency’s figures can be recomputed (R-CUR-1)', () => {
    const q = quote([proNew], { currency: 'DZD', country: 'DZ' });
    expect(q.lines[0]?.listEur).toEqual(money(650000, 'EUR'));
    expect(q.lines[0]?.list).toEqual(money(101228400, 'DZD'));
  });
});
