import { describe, expect, it } from 'vitest';
import { money } from './money';
import { amountInWordsFr, integerToFrench } from './words-fr';

describe('integerToFrench', () => {
  it.each([
    [0, 'zéro'],
    [1, 'un'],
    [16, 'seize'],
    [17, 'dix-sept'],
    [20, 'vingt'],
    [21, 'vingt et un'],
    [70, 'soixante-dix'],
    [22, 'vingt-deux'],
    [71, 'soixante et onze'],
    [72, 'soixante-douze'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [91, 'quatre-vingt-onze'],
    [99, 'quatre-vingt-dix-neuf'],
    [100, 'cent'],
    [101, 'cent un'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
    [1000, 'mille'],
    [1234, 'mille deux cent trente-quatre'],
    [2000, 'deux mille'],
    [80000, 'quatre-vingt mille'],
    [200000, 'deux cent mille'],
    [21000, 'vingt et un mille'],
    [1_000_000, 'un million'],
    [2_000_000, 'deux millions'],
    [200_000_000, 'deux cents millions'],
    [1_012_284, 'un million douze mille deux cent quatre-vingt-quatre'],
    [3_000_000_000, 'trois milliards'],
    [1_000_000_001, 'un milliard un'],
  ])('%i is "%s"', (n, words) => {
    expect(integerToFrench(n)).toBe(words);
  });

  it('refuses negative or fractional numbers', () => {
    expect(() => integerToFrench(-1)).toThrow(RangeError);
    expect(() => integerToFrench(1.5)).toThrow(RangeError);
  });
});

describe('amountInWordsFr', () => {
  it('writes euros and centimes', () => {
    expect(amountInWordsFr(money(123450, 'EUR'))).toBe('mille deux cent trente-quatre euros et cinquante centimes');
    expect(amountInWordsFr(money(101, 'EUR'))).toBe('un euro et un centime');
    expect(amountInWordsFr(money(0, 'EUR'))).toBe('zéro euro');
  });

  it('writes Algerian dinars for DZD quotes', () => {
    expect(amountInWordsFr(money(101228400, 'DZD'))).toBe('un million douze mille deux cent quatre-vingt-quatre dinars algériens');
    expect(amountInWordsFr(money(100, 'DZD'))).toBe('un dinar algérien');
  });

  it('puts "de" after a round million', () => {
    expect(amountInWordsFr(money(100_000_000, 'EUR'))).toBe("un million d'euros");
    expect(amountInWordsFr(money(300_000_000, 'DZD'))).toBe('trois millions de dinars algériens');
    expect(amountInWordsFr(money(200_000, 'USD'))).toBe('deux mille dollars américains');
  });

  it('says "moins" for a negative amount (a credit note)', () => {
    expect(amountInWordsFr(money(-200, 'EUR'))).toBe('moins deux euros');
  });
});
