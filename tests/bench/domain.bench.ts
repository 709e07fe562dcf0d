import { TIERS } from '../../shared/catalog';
import { fromDayNumber } from '../../shared/calendar';
import { licenseStatus, licenseStatuses } from '../../shared/maintenance/status';
import { bundledPriceBook } from '../../shared/pricing/bundled';
import { priceQuote } from '../../shared/pricing/price-quote';
import type { QuoteLineInput } from '../../shared/pricing/quote-lines';
import { medianMs, type Benchmark } from './harness';

/** One frame at 60 Hz: the licensing domain must answer within it (issue 4). */
const FRAME_MS = 16;
const NOW = '2026-06-15';

function quoteLines(count: number): QuoteLineInput[] {
  const lines: QuoteLineInput[] = [];
  for (let i = 0; i < count; i++) {
    const tier = TIERS[i % TIERS.length] ?? 'Starter';
    const licenseType = i % 3 === 0 ? 'academic' : 'commercial';
    const sen = `SEN-${String(10_000_000 + i)}`;
    switch (i % 4) {
      case 0:
        lines.push({ kind: 'new', product: 'conex-books', tier, licenseType, years: 1 + (i % 3) });
        break;
      case 1:
        lines.push({
          kind: 'renewal',
          sen,
          product: 'conex-books',
          tier,
          licenseType,
          currentEnd: fromDayNumber(20_600 + (i % 200)),
          years: 1,
        });
        break;
      case 2:
        lines.push({
          kind: 'upgrade',
          sen,
          product: 'conex-books',
          from: 'Starter',
          to: i % 8 === 2 ? 'Professional' : 'Enterprise',
          licenseType,
          purchaseDate: '2026-01-10',
        });
        break;
      default:
        lines.push({ kind: 'cloud-subscription', product: 'conex-books', tier, licenseType, firstTerm: i % 8 === 3 });
    }
  }
  return lines;
}

function licenses(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    type: i % 50 === 0 ? ('evaluation' as const) : ('commercial' as const),
    deployment: i % 5 === 0 ? ('cloud' as const) : ('server' as const),
    maintenanceEnd: fromDayNumber(20_400 + (i % 900)),
    evaluationEnd: fromDayNumber(20_610 + (i % 12)),
  }));
}

export const benchmarks: Benchmark[] = [
  {
    name: 'domain: price a 200-line quote (DZD, academic)',
    run: async () => {
      const book = bundledPriceBook();
      if (!book.ok) throw new Error(book.error.messageKey);
      const lines = quoteLines(200);
      const options = { country: 'DZ', currency: 'DZD', academic: true, now: NOW };
      const check = priceQuote(lines, book.value, options);
      if (!check.ok) throw new Error(check.error.messageKey);
      const ms = await medianMs(() => priceQuote(lines, book.value, options), 15, 3);
      return { value: ms, unit: 'ms', goal: FRAME_MS, details: { lines: lines.length, net: check.value.totals.net } };
    },
  },
  {
    name: 'domain: status of 10,000 licenses',
    run: async () => {
      const list = licenses(10_000);
      const ms = await medianMs(() => licenseStatuses(list, NOW), 15, 3);
      const oneByOne = await medianMs(() => list.map((l) => licenseStatus(l, NOW)), 15, 3);
      const kinds: Record<string, number> = {};
      for (const s of licenseStatuses(list, NOW)) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
      return { value: ms, unit: 'ms', goal: FRAME_MS, details: { licenses: list.length, oneByOneMs: oneByOne, kinds } };
    },
  },
];
