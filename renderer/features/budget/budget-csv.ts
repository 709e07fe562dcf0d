import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import type { Forecast } from '../../../shared/budget/forecast';
import { decimalString, toDecimal } from '../../../shared/money/decimal';
import { MINOR_DIGITS, type Money } from '../../../shared/money/money';
import { exactRateText } from '../../../shared/pricing/currency';
import { discountText, fiscalYearLabel, itemText } from './format';

const COLUMNS = [
  'entity',
  'fiscalYear',
  'yearStart',
  'yearEnd',
  'due',
  'sen',
  'product',
  'tier',
  'deployment',
  'what',
  'inProgress',
  'list',
  'discounts',
  'net',
  'currency',
  'rate',
  'margin',
  'rateDate',
] as const;

/** An amount as a plain decimal ("3250.00"): spreadsheets in any language read it as a number. */
function amount(m: Money): string {
  const digits = MINOR_DIGITS[m.currency];
  const sign = m.amount < 0 ? '-' : '';
  const text = String(Math.abs(m.amount)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * The forecast as CSV, one row per payment, headers in the user's language; the rate, margin and date
 * on each row so a row copied elsewhere still says how it was converted (R-CUR-1). Dates are ISO, amounts
 * plain decimals; cells that a spreadsheet would take for a formula are escaped.
 */
export function writeBudgetCsv(forecast: Forecast, t: TFunction, language: string, productName: (id: string) => string): string {
  const ex = forecast.exchange;
  const rows: Record<string, string>[] = [];
  for (const e of forecast.entities) {
    for (const y of e.years) {
      for (const item of y.items) {
        const row: Record<(typeof COLUMNS)[number], string> = {
          entity: e.entity.name,
          fiscalYear: fiscalYearLabel(t, y.fiscalYear),
          yearStart: y.fiscalYear.start,
          yearEnd: y.fiscalYear.end,
          due: item.due,
          sen: item.sen,
          product: productName(item.product),
          tier: item.tier,
          deployment: item.deployment,
          what: itemText(t, item, language),
          inProgress: item.inProgress ? t('budget:csv.yes') : '',
          list: amount(item.list),
          discounts: discountText(t, item, language),
          net: amount(item.net),
          currency: item.net.currency,
          rate: exactRateText(ex),
          margin: decimalString(toDecimal(ex.marginPercent)),
          rateDate: ex.date,
        };
        rows.push(Object.fromEntries(COLUMNS.map((c) => [t(`budget:csv.${c}`), row[c]])));
      }
    }
  }
  const fields = COLUMNS.map((c) => t(`budget:csv.${c}`));
  return `\uFEFF${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { escapeFormulae: true, newline: '\r\n' })}`;
}
