import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalString, multiplyDecimal, roundTimes, toDecimal, withPercentAdded } from './decimal';

describe('exact decimals for rates (R-CUR-1)', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(toDecimal(151.2)).toEqual({ units: 1512n, scale: 1 });
    expect(toDecimal(1e-7)).toEqual({ units: 1n, scale: 7 });
    expect(toDecimal(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
    expect(() => toDecimal(-1)).toThrow(RangeError);
  });

  it('adds a margin on top of a rate without rounding', () => {
    expect(decimalString(withPercentAdded(toDecimal(151.2), toDecimal(3)))).toBe('155.736');
    expect(decimalString(withPercentAdded(toDecimal(1.08423), toDecimal(2.5)))).toBe('1.11133575');
    expect(decimalString(withPercentAdded(toDecimal(1.08), toDecimal(0)))).toBe('1.08');
    expect(decimalString(multiplyDecimal(toDecimal(0.5), toDecimal(0.2)))).toBe('0.1');
  });

  it('rounds half away from zero only at the end', () => {
    expect(roundTimes(5, toDecimal(0.5))).toBe(3);
    expect(roundTimes(-5, toDecimal(0.5))).toBe(-3);
    expect(roundTimes(650000, withPercentAdded(toDecimal(151.2), toDecimal(3)))).toBe(101228400);
  });

  it('is the exact product, to the unit, whatever the figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (amount, rateMillionths) => {
        const rate = toDecimal(rateMillionths / 1_000_000);
        const exact = BigInt(amount) * BigInt(rateMillionths);
        const expected = Number((exact * 2n + 1_000_000n) / 2_000_000n);
        expect(roundTimes(amount, rate)).toBe(expected);
      }),
    );
  });
});
