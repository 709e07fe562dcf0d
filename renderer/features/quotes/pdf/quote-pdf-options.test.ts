import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../shared/money/format';
import { bundledPriceBook } from '../../../../shared/pricing/bundled';
import { newDraft, priceStoredQuote, type Quote, type QuoteEntry } from '../../../../shared/quote';
import { i18next, initI18n } from '../../../i18n';
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
