/// <reference types="vite/client" />
// The page-side modules typed here use Vite features (import.meta.glob, `?url` assets).
import { join } from 'node:path';
import type * as DatabaseModule from '../../renderer/db/database';
import type * as QuotesRepo from '../../renderer/db/repos/quotes';
import type * as Journal from '../../renderer/features/quotes/draft-journal';
import type * as MakePdf from '../../renderer/lib/pdf/make-pdf';
import type * as QuotePdf from '../../renderer/features/quotes/pdf/quote-pdf';
import type * as I18n from '../../renderer/i18n';
import { bundledPriceBook } from '../../shared/pricing/bundled';
import { exchangeSnapshot } from '../../shared/pricing/currency';
import type { PriceBook } from '../../shared/pricing/price-book';
import type * as QuoteModule from '../../shared/quote';
import { newDraft, type Quote, type QuoteEntry } from '../../shared/quote';
import { launchChromium, serveSource } from './browser';
import { ratio, type Benchmark } from './harness';

const root = join(import.meta.dirname, '..', '..');
/** Module paths as the Vite dev server serves them to the page (shared/ lives outside the renderer root). */
const paths = {
  database: '/db/database.ts',
  repo: '/db/repos/quotes.ts',
  journal: '/features/quotes/draft-journal.ts',
  makePdf: '/lib/pdf/make-pdf.ts',
  quotePdf: '/features/quotes/pdf/quote-pdf.ts',
  i18n: '/i18n/index.ts',
  quote: `/@fs${root}/shared/quote.ts`,
};

/** A 50-line quote: every kind of line, academic and commercial, in DZD for Algeria (built here, sent to the page as data). */
function fiftyLineQuote(): { quote: Quote; book: PriceBook } {
  const book = bundledPriceBook();
  if (!book.ok) throw new Error('bundled price book is invalid');
  const tiers = ['Starter', 'Express', 'Professional', 'Enterprise'] as const;
  const lines: QuoteEntry[] = Array.from({ length: 50 }, (_, i) => {
    const id = `l${i}`;
    const licenseType = i % 2 === 0 ? ('academic' as const) : ('commercial' as const);
    const tier = tiers[i % 4] ?? 'Starter';
    const sen = `SEN-${String(10_000_000 + i)}`;
    const line: QuoteEntry['line'] =
      i % 3 === 0
        ? { id, kind: 'new', product: 'conex-books', tier, licenseType, years: 1 + (i % 3) }
        : i % 3 === 1
          ? { id, kind: 'renewal', sen, product: 'conex-books', tier, licenseType, currentEnd: '2026-06-01', years: 1 }
          : { id, kind: 'cloud-subscription', product: 'conex-books', tier, licenseType, firstTerm: true };
    return { id, line, entity: { id: `e${i}`, name: `Bibliothèque de l’entité ${i}` } };
  });
  const exchange = exchangeSnapshot(book.value, 'DZD', 'DZ');
  if (!exchange.ok) throw new Error(exchange.error.code);
  const quote: Quote = {
    ...newDraft('bench', new Date('2026-03-10T09:00:00Z'), 'fr', book.value),
    currency: 'DZD',
    exchange: exchange.value,
    lines,
    contacts: [
      { email: 'compta@univ.dz', role: 'billing' },
      { email: 'dsi@univ.dz', role: 'technical' },
    ],
    organization: { licensee: 'Université d’Alger', name: 'Université d’Alger', address: '2 rue Didouche Mourad\nAlger', country: 'DZ' },
    taxId: { kind: 'CIN', value: '0099887766' },
    paymentChoice: 'quote',
    poNumber: 'BC-2026/17',
  };
  return { quote, book: book.value };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'PDF of a 50-line quote (ratio to a bare pdfmake document of the same text)',
    async run() {
      const server = await serveSource();
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        // tsx keeps function names with an `__name` helper that the page does not have.
        await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
        await page.goto(server.url);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        const result = await page.evaluate(
          async ({ p, runs, quote, book }) => {
            const makePdfMod = (await import(/* @vite-ignore */ p.makePdf)) as typeof MakePdf;
            const quotePdf = (await import(/* @vite-ignore */ p.quotePdf)) as typeof QuotePdf;
            const i18n = (await import(/* @vite-ignore */ p.i18n)) as typeof I18n;
            const quoteMod = (await import(/* @vite-ignore */ p.quote)) as typeof QuoteModule;
            // As "Download PDF" does: the quote's language may not be the one the app started in.
            await i18n.loadLanguages([quote.language]);
            const t = i18n.i18next.getFixedT(quote.language, 'quotes');

            /** What "Download PDF" does before saving: price, build the document, make the bytes. */
            const subject = async () => {
              const priced = quoteMod.priceStoredQuote(quote, book, '2026-03-10');
              if (!priced.ok) throw new Error(priced.error.code);
              const doc = quotePdf.quoteDocument({ quote, priced: priced.value, book, today: '2026-03-10', t });
              const bytes = await makePdfMod.makePdf(doc);
              if (!bytes.ok) throw new Error(bytes.error.code);
              return bytes.value.length;
            };
            // The same characters, as plain strings in a plain table: what pdfmake alone costs for this much text.
            const priced = quoteMod.priceStoredQuote(quote, book, '2026-03-10');
            if (!priced.ok) throw new Error(priced.error.code);
            const full = quotePdf.quoteDocument({ quote, priced: priced.value, book, today: '2026-03-10', t });
            const strings = (node: unknown): string[] =>
              typeof node === 'string'
                ? [node]
                : Array.isArray(node)
                  ? node.flatMap(strings)
                  : node && typeof node === 'object'
                    ? Object.values(node).flatMap(strings)
                    : [];
            const all = strings(full.content);
            const perRow = Math.ceil(all.length / 50);
            const body = Array.from({ length: 50 }, (_, r) => {
              const chunk = all.slice(r * perRow, (r + 1) * perRow);
              const per = Math.ceil(chunk.length / 6);
              return Array.from({ length: 6 }, (_, c) => chunk.slice(c * per, (c + 1) * per).join(' '));
            });
            const bare = {
              content: [{ table: { headerRows: 0, widths: ['*', '*', '*', '*', '*', '*'], body } }],
              defaultStyle: { font: 'Roboto', fontSize: 8 },
            };
            const baseline = async () => {
              const bytes = await makePdfMod.makePdf(bare as Parameters<typeof makePdfMod.makePdf>[0]);
              if (!bytes.ok) throw new Error(bytes.error.code);
              return bytes.value.length;
            };

            // Warm up both (pdfmake and the fonts load once), then alternate so both see the same machine state.
            await subject();
            await baseline();
            const s: number[] = [];
            const b: number[] = [];
            const sizes = { subject: 0, baseline: 0 };
            for (let i = 0; i < runs; i++) {
              let t0 = performance.now();
              sizes.subject = await subject();
              s.push(performance.now() - t0);
              t0 = performance.now();
              sizes.baseline = await baseline();
              b.push(performance.now() - t0);
            }
            const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
            return { subjectMs: median(s), baselineMs: median(b), sizes, characters: all.join('').length };
          },
          { p: paths, runs: 25, ...fiftyLineQuote() },
        );
        return {
          ...ratio(
            { label: '50-line quote: price + document + pdfmake', ms: result.subjectMs },
            { label: 'bare pdfmake table, same text', ms: result.baselineMs },
            1.3,
          ),
          details: { bytes: result.sizes, characters: result.characters },
        };
      } finally {
        await browser.close();
        await server.close();
      }
    },
  },
  {
    name: 'save a 50-line draft on a keystroke (journal + one Dexie put), ms',
    async run() {
      const server = await serveSource();
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        // tsx keeps function names with an `__name` helper that the page does not have.
        await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
        await page.goto(server.url);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        const result = await page.evaluate(
          async ({ p, runs, quote }) => {
            const dbMod = (await import(/* @vite-ignore */ p.database)) as typeof DatabaseModule;
            const repo = (await import(/* @vite-ignore */ p.repo)) as typeof QuotesRepo;
            const journal = (await import(/* @vite-ignore */ p.journal)) as typeof Journal;
            const appDb = new dbMod.ConexDb(`bench-quotes-${Math.random()}`);
            await appDb.open();
            let current = quote;
            const keystroke = (i: number) => {
              // What the form does on a keystroke: a new draft, the journal copy, the put.
              current = {
                ...current,
                organization: { ...current.organization, name: `Université d’Alger ${i}` },
                revision: current.revision + 1,
              };
              journal.writeJournal(current);
              return repo.saveDraft(appDb, current);
            };
            for (let i = 0; i < 10; i++) await keystroke(i);
            const blocking: number[] = [];
            const complete: number[] = [];
            for (let i = 0; i < runs; i++) {
              const t0 = performance.now();
              const saved = keystroke(i);
              blocking.push(performance.now() - t0);
              const result = await saved;
              complete.push(performance.now() - t0);
              if (!result.ok) throw new Error(result.error.code);
            }
            appDb.close();
            const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
            const p95 = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.95)] ?? Number.NaN;
            return {
              complete: median(complete),
              completeP95: p95(complete),
              blocking: median(blocking),
              blockingP95: p95(blocking),
              bytes: JSON.stringify(current).length,
            };
          },
          { p: paths, runs: 200, ...fiftyLineQuote() },
        );
        return {
          value: result.complete,
          unit: 'ms',
          goal: 16,
          details: {
            note: 'value: one save, from the keystroke to the committed put (median of 200). The handler itself only blocks for `blockingMs`; the put completes off the input path.',
            completeP95Ms: result.completeP95,
            blockingMs: result.blocking,
            blockingP95Ms: result.blockingP95,
            draftBytes: result.bytes,
          },
        };
      } finally {
        await browser.close();
        await server.close();
      }
    },
  },
];
