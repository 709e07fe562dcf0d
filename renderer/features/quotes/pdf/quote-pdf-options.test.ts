import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../shared/money/format';
import { bundledPriceBook } from '../../../../shared/pricing/bundled';
import { newDraft, priceStoredQuote, type Quote, type QuoteEntry } from '../../../../shared/quote';
import { i18next, initI18n } from '../../../i18n';
import { pdfText } from './pdf-text';
import { quoteDocument } from './quote-pdf';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const TODAY = '2026-03-10';

beforeAll(async () => {
  await initI18n('en');
});

const entry = (id: string, years: number): QuoteEntry => ({
  id,
  line: { id, kind: 'new', product: 'conex-books', tier: 'Professional', licenseType: 'commercial', years },
  entity: { id: 'e1', name: 'Main Library' },
});

function plain(language: 'en' | 'fr' = 'en'): Quote {
  return {
    ...newDraft('q-1', new Date(`${TODAY}T09:00:00Z`), language, book),
    lines: [entry('a', 1), { ...entry('b', 2), entity: { id: 'e2', name: 'Campus' } }],
    contacts: [
      { email: 'pay@acme.example', role: 'billing' },
      { email: 'it@acme.example', role: 'technical' },
    ],
    organization: { licensee: 'Acme', name: 'Acme Libraries', address: '1 Main St\nSpringfield', country: 'FR' },
    taxId: { kind: 'VAT', value: 'FR123' },
    paymentChoice: 'quote',
    poNumber: 'PO-1',
  };
}

function doc(q: Quote) {
  const priced = priceStoredQuote(q, book, TODAY);
  if (!priced.ok) throw new Error(priced.error.code);
  const made = quoteDocument({ quote: q, priced: priced.value, book, today: TODAY, t: i18next.getFixedT(q.language, 'quotes') });
  // The footer is a function: print its first page to compare it as text.
  const footer = typeof made.footer === 'function' ? made.footer(1, 2, { width: 595, height: 842, orientation: 'portrait' }) : made.footer;
  return { ...made, footer };
}

describe('a quote without options prints exactly as before options existed (issue 20)', () => {
  it('the document is the golden one, in English and in French', async () => {
    await expect(JSON.stringify(doc(plain('en')), null, 1)).toMatchFileSnapshot('./__golden__/plain-quote.en.golden.txt');
    await expect(JSON.stringify(doc(plain('fr')), null, 1)).toMatchFileSnapshot('./__golden__/plain-quote.fr.golden.txt');
  });
});

/** Every string of a pdfmake document, in order, as pdftotext would read it. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('a quote with options prints them side by side, “choose one”, each with its total (issue 20)', () => {
  const options = [1, 2, 3].map((years) => {
    const p = priceStoredQuote({ ...plain(), lines: [entry(`o${years}`, years)] }, book, TODAY);
    if (!p.ok) throw new Error(p.error.code);
    return p.value;
  });
  const withOptions = (language: 'en' | 'fr') => {
    const q = plain(language);
    return quoteDocument({ quote: q, priced: options[0]!, options, book, today: TODAY, t: i18next.getFixedT(language, 'quotes') });
  };

  it('three columns, each option’s own total, and no single cart table', () => {
    const made = withOptions('en');
    const all = texts(made.content).join('\n');
    expect(all).toContain('Choose one of these 3 options');
    for (const [i, p] of options.entries()) {
      expect(all).toContain(`Option ${i + 1}`);
      expect(all).toContain(formatMoney(p.totals.net, 'en'));
    }
    expect(texts(made.content)).not.toContain('Items');
    const columns = (made.content as { columns?: unknown[] }[]).find((c) => Array.isArray(c.columns) && c.columns.length === 3);
    expect(columns).toBeTruthy();
  });

  it('in French', async () => {
    await initI18n('fr');
    const all = texts(withOptions('fr').content).join('\n');
    expect(all).toContain('Choisissez une de ces 3 options');
    expect(all).toContain(pdfText(formatMoney(options[2]!.totals.net, 'fr')));
    await initI18n('en');
  });
});
