import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARMOUR_BEGIN, ARMOUR_END, armourKey, normalizeKeyText } from './normalize';

const key = 'CX1.eyJraWQiOiJjb25leC0yMDI2In0.' + 'A'.repeat(85) + 'w';

describe('normalizeKeyText: what a paste may carry around a key', () => {
  it.each([
    ['spaces and tabs', `  ${key.slice(0, 30)} \t${key.slice(30)}  `],
    ['Windows and Unix line breaks', `${key.slice(0, 20)}\r\n${key.slice(20, 90)}\n${key.slice(90)}\n`],
    ['straight double quotes', `"${key}"`],
    ['single quotes', `'${key}'`],
    ['curly quotes from a word processor', `“${key}”`],
    ['French guillemets with spaces', `« ${key} »`],
    ['backticks from a chat tool', '`' + key + '`'],
    ['angle brackets from a mail client', `<${key}>`],
    ['BEGIN/END armour', armourKey(key)],
    ['armour inside quotes', `"${armourKey(key)}"`],
    ['quotes inside armour', `${ARMOUR_BEGIN}\n"${key}"\n${ARMOUR_END}`],
    ['lower-case armour', `${ARMOUR_BEGIN.toLowerCase()}\n${key}\n${ARMOUR_END.toLowerCase()}`],
    ['no-break and zero-width spaces', `\u00A0${key.slice(0, 40)}\u200B${key.slice(40)}\uFEFF`],
  ])('strips %s', (_name, pasted) => {
    expect(normalizeKeyText(pasted)).toBe(key);
  });

  it('keeps the armour lines readable: 64 characters a line', () => {
    const lines = armourKey(key).split('\n');
    expect(lines[0]).toBe(ARMOUR_BEGIN);
    expect(lines.at(-1)).toBe(ARMOUR_END);
    expect(lines.slice(1, -1).every((l) => l.length <= 64)).toBe(true);
    expect(lines.slice(1, -1).join('')).toBe(key);
  });

  it('leaves an empty or decoration-only paste empty', () => {
    for (const blank of ['', '   ', '\n\n', '""', `${ARMOUR_BEGIN}\n${ARMOUR_END}`, '“ ”']) expect(normalizeKeyText(blank)).toBe('');
  });

  it('any mix of whitespace between the characters of a key normalises to the key', () => {
    const gap = fc.string({ unit: fc.constantFrom(' ', '\n', '\r\n', '\t', '\u00A0', '\u200B'), maxLength: 3 });
    fc.assert(
      fc.property(fc.array(gap, { minLength: key.length + 1, maxLength: key.length + 1 }), fc.constantFrom('', '"', '“'), (gaps, quote) => {
        const spaced = [...key].map((c, i) => gaps[i] + c).join('') + gaps[key.length];
        expect(normalizeKeyText(quote + spaced + (quote === '“' ? '”' : quote))).toBe(key);
      }),
    );
  });

  it('does not remove characters from inside the key', () => {
    expect(normalizeKeyText('CX1."abc".def')).toBe('CX1."abc".def');
  });
});
