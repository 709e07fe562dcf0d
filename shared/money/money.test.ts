import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, money, percentOf, roundMinor, subtractMoney, sumMoney, totalsByCurrency, zero } from './money';

describe('money', () => {
  it('keeps integer minor units and refuses floats', () => {
    expect(money(1234, 'EUR')).toEqual({ amount: 1234, currency: 'EUR' });
    expect(() => money(12.5, 'EUR')).toThrow(RangeError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'EUR')).toThrow(RangeError);
  });

  it('adds and subtracts in one currency only', () => {
    expect(addMoney(money(100, 'USD'), money(250, 'USD'))).toEqual(money(350, 'USD'));
    expect(subtractMoney(money(100, 'USD'), money(250, 'USD'))).toEqual(money(-150, 'USD'));
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(TypeError);
    expect(() => subtractMoney(money(1, 'EUR'), money(1, 'DZD'))).toThrow(TypeError);
  });

  it('sums a list and rejects a stray currency', () => {
    expect(sumMoney([money(1, 'EUR'), money(2, 'EUR')], 'EUR')).toEqual(money(3, 'EUR'));
    expect(sumMoney([], 'DZD')).toEqual(zero('DZD'));
    expect(() => sumMoney([money(1, 'EUR'), money(2, 'USD')], 'EUR')).toThrow(TypeError);
  });

  it('totals per currency when lists mix currencies', () => {
    expect(totalsByCurrency([money(1, 'EUR'), money(5, 'USD'), money(2, 'EUR')])).toEqual({ EUR: 3, USD: 5 });
    expect(totalsByCurrency([])).toEqual({});
  });

  it('rounds halves away from zero', () => {
    expect(roundMinor(2.5)).toBe(3);
    expect(roundMinor(-2.5)).toBe(-3);
    expect(roundMinor(2.49)).toBe(2);
    expect(roundMinor(0)).toBe(0);
  });

  it('takes a percentage exactly on integers', () => {
    expect(percentOf(1005, 20)).toBe(201);
    expect(percentOf(520000, 7)).toBe(36400);
    expect(percentOf(125, 2)).toBe(3); // 2.5 rounds up
    expect(percentOf(1234, 7.5)).toBe(93); // 92.55
    expect(percentOf(1000, 0)).toBe(0);
    expect(percentOf(1000, 100)).toBe(1000);
  });

  it('a percentage is never more than half a minor unit from the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 10000 }), (amount, bp) => {
        const exact = (amount * bp) / 10000;
        expect(Math.abs(percentOf(amount, bp / 100) - exact)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
