import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney, type Locale } from '../../../../shared/money/format';
import { bundledPriceBook } from '../../../../shared/pricing/bundled';
import { newDraft, priceStoredQuote, type Quote } from '../../../../shared/quote';
import { i18next, initI18n } from '../../../i18n';
import { ARABIC_FONTS, makePdf, QUOTE_FONTS } from '../../../lib/pdf/make-pdf';
import { quoteDocument } from './quote-pdf';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const TODAY = '2026-03-10';
const root = join(import.meta.dirname, '../../../../');
const BASELINE = join(import.meta.dirname, '__baselines__/arabic-quote-page1.png');

/** The quote's PDF texts in Arabic, as the translator's ar/quotes.json will give them; other keys stay English here. */
const ARABIC: Record<string, string> = {
  'pdf.title': 'عرض سعر {{number}}',
  'pdf.draftNumber': 'مسودة',
  'pdf.draftMark': 'مسودة - عرض غير صالح قبل إرساله',
  'pdf.customer': 'العميل',
  'pdf.sellerLine': 'كونكس — مكتب العروض والطلبات',
  'pdf.lines': 'البنود',
  'pdf.contacts': 'جهات الاتصال',
  'pdf.keysNote': 'تصدر مفاتيح الترخيص بعد الدفع الكامل فقط.',
  'cart.item': 'البند',
  'cart.net': 'الصافي',
  'review.total': 'المجموع ({{currency}})',
  'pdf.page': 'صفحة {{page}} من {{pages}}',
};

/** Each file the app would fetch, read from disk (fonts in resources/ and in @fontsource); `missing` answers 404. */
const files: Record<string, string> = {
  [QUOTE_FONTS['Roboto-Regular.ttf']!]: join(root, 'resources/fonts/Roboto-Regular.ttf'),
  [QUOTE_FONTS['Roboto-Medium.ttf']!]: join(root, 'resources/fonts/Roboto-Medium.ttf'),
  [ARABIC_FONTS['Amiri-Regular.woff']!]: join(root, 'node_modules/@fontsource/amiri/files/amiri-arabic-400-normal.woff'),
  [ARABIC_FONTS['Amiri-Bold.woff']!]: join(root, 'node_modules/@fontsource/amiri/files/amiri-arabic-700-normal.woff'),
};
function fetcher(missing?: string): typeof fetch {
  return (async (url: string | URL | Request) => {
    const path = files[String(url)];
    if (!path || String(url) === missing) return new Response('not found', { status: 404 });
    return new Response(await readFile(path));
  }) as typeof fetch;
}

beforeAll(async () => {
  await initI18n('en');
});

function arabicQuote(): Quote {
  const draft = newDraft('q-ar', new Date(`${TODAY}T09:00:00Z`), 'en', book);
  return {
    // 'ar' joins the quote languages with the translation (issue 21); the builder takes any language.
    ...draft,
    language: 'ar' as Quote['language'],
    lines: [
      {
        id: 'a',
        line: { id: 'a', kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'commercial', years: 1 },
        entity: { id: 'e1', name: 'المكتبة المركزية' },
      },
    ],
    organization: { licensee: 'جامعة الجزائر', name: 'جامعة الجزائر', address: 'شارع ديدوش مراد', country: 'DZ' },
  };
}

function arabicDoc(q: Quote) {
  const en = i18next.getFixedT('en', 'quotes');
  const t = ((key: string, options?: Record<string, unknown>) => {
    const text = ARABIC[key];
    return text ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? '')) : en(key, options);
  }) as unknown as TFunction;
  return quoteDocument({ quote: q, priced: priced(q), book, today: TODAY, t });
}

function priced(q: Quote) {
  const result = priceStoredQuote(q, book, TODAY);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

async function pdfOf(q: Quote): Promise<string> {
  const bytes = await makePdf(arabicDoc(q), { fetcher: fetcher() });
  if (!bytes.ok) throw new Error(bytes.error.code);
  const dir = mkdtempSync(join(tmpdir(), 'arabic-pdf-'));
  writeFileSync(join(dir, 'quote.pdf'), bytes.value);
  return dir;
}

describe('a quote PDF in Arabic (issue 21)', () => {
  it('reads back, through pdftotext, as Arabic words in their order, with Latin names, SENs and amounts whole', async () => {
    const dir = await pdfOf(arabicQuote());
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'quote.pdf'), '-'], { encoding: 'utf8' });
    // Joined letters come back as the logical letters they stand for (the font's glyphs carry ToUnicode).
    for (const words of ['عرض سعر مسودة', 'جامعة الجزائر', 'كونكس — مكتب العروض والطلبات', 'تصدر مفاتيح الترخيص بعد الدفع الكامل فقط']) {
      expect(text).toContain(words);
    }
    // A Latin product name and an amount inside the right-to-left page stay whole, left to right.
    expect(text).toContain('Conex Books® Express');
    const total = formatMoney(priced(arabicQuote()).totals.net, 'ar' as Locale).replace(/[^\d.,]/g, '');
    expect(text).toContain(total);
    expect(text).toContain('€');
  });

  it('draws page 1 as the reviewed image: letters joined, read right to left, columns from the right', async () => {
    const dir = await pdfOf(arabicQuote());
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'quote.pdf'), join(dir, 'page')]);
    const actual = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    if (process.env.UPDATE_PDF_BASELINE) writeFileSync(BASELINE, PNG.sync.write(actual));
    const expected = PNG.sync.read(readFileSync(BASELINE));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.2 });
    // Anti-aliasing may differ across poppler builds; a mirrored column or unjoined word moves thousands of pixels.
    expect(differing).toBeLessThan(actual.width * actual.height * 0.002);
  });

  it('says the Arabic font is missing, naming it, when it cannot be loaded; the Latin-only PDF does not need it', async () => {
    const doc = arabicDoc(arabicQuote());
    const result = await makePdf(doc, { fetcher: fetcher(ARABIC_FONTS['Amiri-Bold.woff']) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'pdf.fontMissing', messageKey: 'quotes:pdf.fontMissing', params: { font: 'Amiri-Bold.woff' } },
    });
    const english = await makePdf({ content: ['Quote €1,234.56'] }, { fetcher: fetcher(ARABIC_FONTS['Amiri-Bold.woff']) });
    expect(english.ok).toBe(true);
  });
});
