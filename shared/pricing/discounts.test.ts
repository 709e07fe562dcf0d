import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../money/money';
import { bundledPriceBook } from './bundled';
import { applicableDiscounts, applyDiscounts } from './discounts';

const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled book invalid');
  return b.value;
})();
const during = '2026-06-15';
const after = '2027-01-15';

describe('discounts', () => {
  it('all plans are 20 % off until the promotion ends (R-DISC-1)', () => {
    expect(applicableDiscounts(book, { kind: 'new', deployment: 'server', licenseType: 'commercial' }, during)).toEqual([
      { kind: 'promotion', percent: 20 },
    ]);
    expect(applicableDiscounts(book, { kind: 'new', deployment: 'server', licenseType: 'commercial' }, '2026-12-31')).toHaveLength(1);
    expect(applicableDiscounts(book, { kind: 'new', deployment: 'server', licenseType: 'commercial' }, after)).toEqual([]);
  });

  it('Cloud gets the promotion on its first term only (R-DISC-1)', () => {
    expect(
      applicableDiscounts(book, { kind: 'cloud-subscription', deployment: 'cloud', licenseType: 'commercial', firstTerm: true }, during),
    ).toHaveLength(1);
    expect(
      applicableDiscounts(book, { kind: 'cloud-subscription', deployment: 'cloud', licenseType: 'commercial', firstTerm: false }, during),
    ).toEqual([]);
    expect(applicableDiscounts(book, { kind: 'cloud-subscription', deployment: 'cloud', licenseType: 'commercial' }, during)).toEqual([]);
  });

  it('academic licenses get 7 % on server and 5 % on cloud, after the promotion (R-DISC-2)', () => {
    expect(applicableDiscounts(book, { kind: 'renewal', deployment: 'server', licenseType: 'academic' }, during)).toEqual([
      { kind: 'promotion', percent: 20 },
      { kind: 'academic', percent: 7 },
    ]);
    expect(
      applicableDiscounts(book, { kind: 'cloud-subscription', deployment: 'cloud', licenseType: 'academic', firstTerm: false }, after),
    ).toEqual([{ kind: 'academic', percent: 5 }]);
  });

  it('no promotion when the book has none, none of 0 %, or the kind is left out', () => {
    const ctx = { kind: 'renewal', deployment: 'server', licenseType: 'commercial' } as const;
    expect(applicableDiscounts({ ...book, promotion: null }, ctx, during)).toEqual([]);
    expect(applicableDiscounts({ ...book, promotion: { percent: 0, endsOn: '2030-01-01', appliesTo: ['renewal'] } }, ctx, during)).toEqual(
      [],
    );
    expect(applicableDiscounts({ ...book, promotion: { percent: 20, endsOn: '2030-01-01', appliesTo: ['new'] } }, ctx, during)).toEqual([]);
    const zeroAcademic = { ...book, academic: { serverPercent: 0, cloudPercent: 0 } };
    expect(applicableDiscounts(zeroAcademic, { ...ctx, licenseType: 'academic' }, after)).toEqual([]);
  });

  it('applies steps one after another, each rounded and kept (R-DISC-2)', () => {
    const { steps, net } = applyDiscounts(money(650000, 'EUR'), [
      { kind: 'promotion', percent: 20 },
      { kind: 'academic', percent: 7 },
    ]);
    expect(steps).toEqual([
      { kind: 'promotion', percent: 20, discount: money(130000, 'EUR'), after: money(520000, 'EUR') },
      { kind: 'academic', percent: 7, discount: money(36400, 'EUR'), after: money(483600, 'EUR') },
    ]);
    expect(net).toEqual(money(483600, 'EUR'));
  });

  it('rounds each step to the minor unit: 20 % then 7 % of 999 (R-DISC-2)', () => {
    const { steps, net } = applyDiscounts(money(999, 'USD'), [
      { kind: 'promotion', percent: 20 },
      { kind: 'academic', percent: 7 },
    ]);
    expect(steps.map((s) => s.discount.amount)).toEqual([200, 56]); // 199.8 -> 200, 7 % of 799 = 55.93 -> 56
    expect(net.amount).toBe(743);
  });

  it('discounts never make a price negative or higher than list (R-DISC-1, R-DISC-2)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(
          fc.record({
            kind: fc.constantFrom('promotion' as const, 'academic' as const),
            percent: fc.double({ min: 0, max: 100, noNaN: true }),
          }),
          { maxLength: 4 },
        ),
        (amount, rules) => {
          const { steps, net } = applyDiscounts(money(amount, 'EUR'), rules);
          expect(net.amount).toBeGreaterThanOrEqual(0);
          expect(net.amount).toBeLessThanOrEqual(amount);
          expect(Number.isInteger(net.amount)).toBe(true);
          expect(amount - steps.reduce((sum, s) => sum + s.discount.amount, 0)).toBe(net.amount);
        },
      ),
    );
  });
});
