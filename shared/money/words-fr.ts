import type { Currency } from '../catalog';
import { MINOR_DIGITS, type Money } from './money';

/**
 * Amounts in words, in French, as written on quotes ("arrêté le présent devis à la
 * somme de ..."). Traditional spelling: "vingt et un", "quatre-vingts",
 * "deux cents", "mille" invariable, "un million d'euros".
 */
const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

const NAMES: Readonly<Record<Currency, { major: [string, string]; minor: [string, string] }>> = {
  EUR: { major: ['euro', 'euros'], minor: ['centime', 'centimes'] },
  USD: { major: ['dollar américain', 'dollars américains'], minor: ['cent', 'cents'] },
  DZD: { major: ['dinar algérien', 'dinars algériens'], minor: ['centime', 'centimes'] },
};

/** 0..99 in words. */
function belowHundred(n: number): string {
  if (n < 20) return UNITS[n] ?? '';
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  if (ten === 7 || ten === 9) {
    const base = ten === 7 ? 'soixante' : 'quatre-vingt';
    const rest = 10 + unit;
    return ten === 7 && unit === 1 ? `${base} et onze` : `${base}-${UNITS[rest] ?? ''}`;
  }
  if (ten === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${UNITS[unit] ?? ''}`;
  const tens = TENS[ten] ?? '';
  if (unit === 0) return tens;
  return unit === 1 ? `${tens} et un` : `${tens}-${UNITS[unit] ?? ''}`;
}

/** 0..999 in words; `final` says nothing follows, so "cents" and "quatre-vingts" keep their s. */
function belowThousand(n: number, final: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  let restWords = rest === 0 ? '' : belowHundred(rest);
  if (!final && restWords === 'quatre-vingts') restWords = 'quatre-vingt';
  if (hundreds === 0) return restWords;
  const head = hundreds === 1 ? 'cent' : `${UNITS[hundreds] ?? ''} cent${rest === 0 && final ? 's' : ''}`;
  return restWords ? `${head} ${restWords}` : head;
}

/** A non-negative integer in French words ("mille deux cent trente-quatre"). */
export function integerToFrench(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a non-negative integer: ${n}`);
  if (n === 0) return 'zéro';
  const parts: string[] = [];
  const scales: [number, string, string][] = [
    [1_000_000_000, 'milliard', 'milliards'],
    [1_000_000, 'million', 'millions'],
  ];
  let rest = n;
  for (const [size, one, many] of scales) {
    const count = Math.floor(rest / size);
    rest %= size;
    if (count > 0) parts.push(`${integerToFrench(count)} ${count === 1 ? one : many}`);
  }
  const thousands = Math.floor(rest / 1000);
  rest %= 1000;
  if (thousands > 0) parts.push(thousands === 1 ? 'mille' : `${belowThousand(thousands, false)} mille`);
  if (rest > 0) parts.push(belowThousand(rest, true));
  return parts.join(' ');
}

/** "mille deux cent trente-quatre euros et cinquante centimes"; "un million d'euros". */
export function amountInWordsFr(value: Money): string {
  const scale = 10 ** MINOR_DIGITS[value.currency];
  const abs = Math.abs(value.amount);
  const major = Math.floor(abs / scale);
  const minor = abs % scale;
  const names = NAMES[value.currency];
  const majorName = major > 1 ? names.major[1] : names.major[0];
  // French puts "de" between a round million or milliard and the noun.
  const ofPrefix = major >= 1_000_000 && major % 1_000_000 === 0 ? (/^[aeiouéèh]/.test(majorName) ? "d'" : 'de ') : '';
  const majorWords = `${integerToFrench(major)} ${ofPrefix}${majorName}`;
  const words = minor === 0 ? majorWords : `${majorWords} et ${integerToFrench(minor)} ${minor > 1 ? names.minor[1] : names.minor[0]}`;
  return value.amount < 0 ? `moins ${words}` : words;
}
