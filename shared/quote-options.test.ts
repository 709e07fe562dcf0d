import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from './pricing/bundled';
import { newDraft, parseQuote, type Quote, type QuoteEntry } from './quote';
import {
  addOption,
  checkOptions,
  currentOptionIndex,
  priceOptions,
  quoteOptions,
  readyWithChoice,
  removeOption,
  switchOption,
} from './quote-options';

const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled price book is invalid');
  return b.value;
})();
const now = new Date('2026-03-10T09:00:00Z');
const entry = (id: string, years: number): QuoteEntry => ({
  id,
  line: { kind: 'new', product: 'conex-books', tier: 'Professional', licenseType: 'commercial', years },
});

function ready(lines: QuoteEntry[]): Quote {
  return {
    ...newDraft('q1', now, 'en', book),
    lines,
    contacts: [
      { email: 'pay@acme.example', role: 'billing' },
      { email: 'it@acme.example', role: 'technical' },
    ],
    organization: { licensee: 'Acme', name: 'Acme', address: '1 Main St', country: 'FR' },
    paymentChoice: 'quote',
  };
}

/** A quote with three options of 1, 2 and 3 years, the third open in the form. */
function threeOptions(): Quote {
  const one = addOption(ready([entry('a', 1)]), false, ['o1', 'o2']);
  if (!one.ok) throw new Error('add');
  const two = addOption({ ...one.value, lines: [entry('b', 2)] }, false, ['x', 'o3']);
  if (!two.ok) throw new Error('add');
  return { ...two.value, lines: [entry('c', 3)] };
}

describe('quote options (issue 20)', () => {
  it('a plain quote has no options and reads back unchanged', () => {
    const plain = ready([entry('a', 1)]);
    expect(quoteOptions(plain)).toEqual([]);
    const parsed = parseQuote(plain);
    expect(parsed.ok && parsed.value).toEqual(plain);
    expect(parsed.ok && 'options' in parsed.value).toBe(false);
  });

  it('adding an option keeps the lines as option 1 and opens the new one, empty or as a copy', () => {
    const empty = addOption(ready([entry('a', 1)]), false, ['o1', 'o2']);
    expect(empty.ok && empty.value.options).toEqual([{ id: 'o1', lines: [entry('a', 1)] }, { id: 'o2' }]);
    expect(empty.ok && empty.value.lines).toEqual([]);
    const copy = addOption(ready([entry('a', 1)]), true, ['o1', 'o2']);
    expect(copy.ok && copy.value.lines).toEqual([entry('a', 1)]);
    expect(copy.ok && parseQuote(copy.value).ok).toBe(true);
  });

  it('a fourth option is refused and nothing changes', () => {
    const result = addOption(threeOptions(), true, ['x', 'o4']);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ messageKey: 'quotes:errors.optionsFull', params: { max: 3 } }) });
    expect(parseQuote({ ...threeOptions(), options: [...(threeOptions().options ?? []), { id: 'o4', lines: [] }] }).ok).toBe(false);
  });

  it('switching opens another option and keeps every option’s lines', () => {
    const q = switchOption(threeOptions(), 1);
    expect(currentOptionIndex(q)).toBe(1);
    expect(q.lines).toEqual([entry('b', 2)]);
    expect(quoteOptions(q).map((o) => o.lines[0]?.id)).toEqual(['a', 'b', 'c']);
  });

  it('removing options: the open one moves back; with one left the quote is plain', () => {
    const two = removeOption(threeOptions(), 2);
    expect(currentOptionIndex(two)).toBe(1);
    expect(two.lines).toEqual([entry('b', 2)]);
    const plain = removeOption(two, 0);
    expect(plain.options).toBeUndefined();
    expect(plain.lines).toEqual([entry('b', 2)]);
  });

  it('each option is priced in full with its own total', () => {
    const totals = priceOptions(threeOptions(), book, now).map((p) => (p.ok ? p.value.totals.net.amount : -1));
    expect(totals).toHaveLength(3);
    expect(totals[0]).toBeLessThan(totals[1] ?? 0);
    expect(totals[1]).toBeLessThan(totals[2] ?? 0);
  });

  it('an option past the 3-year cap is refused naming the option (R-MAINT-5)', () => {
    const q = { ...switchOption(threeOptions(), 1), lines: [entry('b', 4)] };
    const result = checkOptions(q, book, now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      messageKey: 'quotes:errors.optionBroken',
      params: { option: 2, causeKey: 'domain:maintenance.capExceeded', maxYears: 3 },
    });
  });

  it('a downward upgrade in one option is refused naming that option (R-UPG-1)', () => {
    const down: QuoteEntry = {
      id: 'u',
      line: { kind: 'upgrade', sen: 'SEN-12345678', product: 'conex-books', from: 'Enterprise', to: 'Express', licenseType: 'commercial' },
    };
    const result = checkOptions({ ...threeOptions(), lines: [down] }, book, now);
    expect(!result.ok && result.error).toMatchObject({ params: { option: 3, causeKey: 'domain:upgrade.downward' } });
  });

  it('submitting without a choice is refused; with one, only the chosen option’s lines remain, as a plain quote', () => {
    const q = threeOptions();
    expect(readyWithChoice(q, undefined, book, now)).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.optionNotChosen' } });
    expect(readyWithChoice(q, 'nope', book, now).ok).toBe(false);
    const chosen = readyWithChoice(q, 'o2', book, now);
    expect(chosen.ok && chosen.value.lines).toEqual([entry('b', 2)]);
    expect(chosen.ok && 'options' in chosen.value).toBe(false);
  });
});
