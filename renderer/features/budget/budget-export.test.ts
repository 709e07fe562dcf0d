import { beforeAll, describe, expect, it } from 'vitest';
import { forecastBudget, type Forecast } from '../../../shared/budget/forecast';
import { book, entity, license, options } from '../../../shared/budget/fixtures';
import { i18next, initI18n } from '../../i18n';
import { budgetDocument } from './budget-pdf';
import { writeBudgetCsv } from './budget-csv';

const productName = (id: string) => book.products.find((p) => p.id === id)?.name ?? id;

function forecast(): Forecast {
  const r = forecastBudget(
    [entity('dz', 'DZ', 9)],
    [license('dz', '2027-05-01', { type: 'academic' })],
    book,
    options({ currency: 'DZD', years: 1 }),
  );
  if (!r.ok) throw new Error(r.error.messageKey);
  return r.value;
}

beforeAll(async () => {
  await initI18n('en');
});

describe('budget exports (R-CUR-1, R-BUD-3)', () => {
  it('CSV: one row per payment, headers in the language, amounts as decimals, the rate, margin and date on the row', () => {
    const text = writeBudgetCsv(forecast(), i18next.getFixedT('fr'), 'fr', productName);
    const [header, row, more] = text.replace('\uFEFF', '').split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['Entité', 'Exercice', "Début de l'exercice"]);
    // 3,250.00 EUR × 155.736 = 506,142.00 DZD, less 7 % academic (R-DISC-2).
    const cells = row?.split(',') ?? [];
    expect(cells.slice(0, 6)).toEqual(['Entity dz', 'Exercice 2026-27', '2026-09-01', '2027-09-01', '2027-05-01', 'SEN-00000001']);
    expect(cells.slice(-7)).toEqual(['506142.00', cells.at(-6), '470712.06', 'DZD', '155.736', '3', '2026-01-02']);
    expect(cells.at(-6)).toMatch(/^Académique \(7\s%\)$/);
    expect(more).toBeUndefined();
  });

  it('PDF: a summary page then one page per entity, in the language asked', () => {
    const doc = budgetDocument(forecast(), i18next.getFixedT('fr'), 'fr', productName);
    const text = JSON.stringify(doc.content);
    expect(text).toContain('Prévision budgétaire');
    expect(text).toContain('1 EUR = 151,2 DZD');
    expect((doc.content as { pageBreak?: string }[]).filter((c) => c.pageBreak === 'before')).toHaveLength(1);
    expect(doc.info?.title).toBe('Prévision budgétaire');
  });
});
