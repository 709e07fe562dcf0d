import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, type Quote, type QuoteEntry } from '../../../shared/quote';
import { addOption, quoteOptions } from '../../../shared/quote-options';
import { storePerTest } from '../../test/store';
import { duplicateQuote, getQuote, saveDraft, submitQuote } from './quotes';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const now = new Date('2026-03-10T09:00:00Z');
const database = storePerTest('quote-options-test');

const entry = (id: string, years: number): QuoteEntry => ({
  id,
  line: { kind: 'new', product: 'conex-books', tier: 'Professional', licenseType: 'commercial', years },
});

/** A ready draft with three options: 1, 2 and 3 years; `third` the lines of the last one. */
function withOptions(third: QuoteEntry[] = [entry('c', 3)]): Quote {
  const base: Quote = {
    ...newDraft('q1', now, 'en', book),
    lines: [entry('a', 1)],
    contacts: [
      { email: 'pay@acme.example', role: 'billing' },
      { email: 'it@acme.example', role: 'technical' },
    ],
    organization: { licensee: 'Acme', name: 'Acme', address: '1 Main St', country: 'FR' },
    paymentChoice: 'quote',
  };
  const two = addOption(base, false, ['o1', 'o2']);
  if (!two.ok) throw new Error('add');
  const three = addOption({ ...two.value, lines: [entry('b', 2)] }, false, ['x', 'o3']);
  if (!three.ok) throw new Error('add');
  return { ...three.value, lines: third };
}

describe('quotes with options in the store (issue 20)', () => {
  it('a draft with options is saved as typed and reads back whole', async () => {
    await saveDraft(database(), withOptions());
    expect(await getQuote(database(), 'q1')).toEqual({ ok: true, value: withOptions() });
  });

  it('duplicating keeps the options, each with its own lines', async () => {
    await saveDraft(database(), withOptions());
    const copy = await duplicateQuote(database(), 'q1', now, 'q2', book);
    if (!copy.ok) throw new Error(copy.error.code);
    expect(quoteOptions(copy.value).map((o) => o.lines.map((e) => e.line.kind === 'new' && e.line.years))).toEqual([[1], [2], [3]]);
    expect(copy.value.options?.map((o) => o.id)).toEqual(['q2-o1', 'q2-o2', 'q2-o3']);
  });

  it('submitting without a choice is refused and nothing changes', async () => {
    await saveDraft(database(), withOptions());
    expect(await submitQuote(database(), 'q1', now)).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.optionNotChosen' } });
    expect(await getQuote(database(), 'q1')).toEqual({ ok: true, value: withOptions() });
  });

  it('submitting the second option queues only its lines, as a plain quote', async () => {
    await saveDraft(database(), withOptions());
    const queued = await submitQuote(database(), 'q1', now, 'o2');
    expect(queued).toMatchObject({ ok: true, value: { status: 'queued', lines: [entry('b', 2)] } });
    expect(queued.ok && queued.value).not.toHaveProperty('options');
  });

  it('an option that breaks the 3-year cap stops the submission and nothing is saved half-way (R-MAINT-5)', async () => {
    await saveDraft(database(), withOptions([entry('c', 4)]));
    const refused = await submitQuote(database(), 'q1', now, 'o2');
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.optionBroken', params: { option: 3 } } });
    expect(await getQuote(database(), 'q1')).toEqual({ ok: true, value: withOptions([entry('c', 4)]) });
  });
});
