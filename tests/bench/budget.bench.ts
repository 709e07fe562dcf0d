import { forecastBudget, type BudgetEntity } from '../../shared/budget/forecast';
import { TIERS } from '../../shared/catalog';
import { fromDayNumber } from '../../shared/calendar';
import type { License } from '../../shared/license';
import { bundledPriceBook } from '../../shared/pricing/bundled';
import { median, type Benchmark } from './harness';

/** One frame at 60 Hz: the forecast of a large customer must come within it (issue 20). */
const FRAME_MS = 16;
const TODAY = '2026-11-10';

const entities: BudgetEntity[] = Array.from({ length: 20 }, (_, i) => ({
  id: `e${i}`,
  name: `Entity ${i}`,
  country: 'FR',
  ...(i % 3 === 0 ? { fiscalStartMonth: 9 } : {}),
}));

function licenses(count: number): License[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `l${i}`,
    sen: `SEN-${String(10_000_000 + i)}`,
    product: 'conex-books',
    deployment: i % 5 === 0 ? 'cloud' : 'server',
    tier: TIERS[i % TIERS.length] ?? 'Starter',
    type: i % 50 === 0 ? 'evaluation' : i % 3 === 0 ? 'academic' : 'commercial',
    entityId: `e${i % entities.length}`,
    serverId: `s${i}`,
    licensee: 'Université',
    issued: '2024-01-01T00:00:00Z',
    maintenanceStart: '2024-01-01',
    // Ends from mid-2025 (lapsed) to 2028.
    maintenanceEnd: fromDayNumber(20_250 + (i % 1000)),
    evaluationEnd: fromDayNumber(20_770 + (i % 30)),
    majorVersion: 9,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  }));
}

export const benchmarks: Benchmark[] = [
  {
    name: 'domain: budget forecast of 1,000 licenses over 3 fiscal years',
    run: async () => {
      const book = bundledPriceBook();
      if (!book.ok) throw new Error('bundled book invalid');
      const list = licenses(1000);
      const options = {
        today: TODAY,
        years: 3,
        currency: 'USD',
        startMonth: 1,
        includeEvaluations: true,
        includeInProgress: true,
        inProgress: new Set(list.filter((_, i) => i % 7 === 0).map((l) => l.id)),
        align: new Set(['e1', 'e2']),
      };
      const once = () => forecastBudget(entities, list, book.value, options);
      for (let i = 0; i < 3; i++) once();
      const runs: number[] = [];
      let last = once();
      for (let i = 0; i < 15; i++) {
        const start = performance.now();
        last = once();
        runs.push(performance.now() - start);
      }
      if (!last.ok) throw new Error(last.error.messageKey);
      const items = last.value.entities.reduce((n, e) => n + e.years.reduce((m, y) => m + y.items.length, 0), 0);
      return {
        value: median(runs),
        unit: 'ms',
        goal: FRAME_MS,
        runs,
        details: { licenses: list.length, items, grandTotal: last.value.grandTotal },
      };
    },
  },
];
