import type { TFunction } from 'i18next';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EntityForecast, Forecast } from '../../../shared/budget/forecast';
import type { Money } from '../../../shared/money/money';
import { discountText, exchangeLine, fiscalYearLabel, fiscalYearRange, formatDate, itemText, money, monthName } from './format';

/** Text as the bundled Roboto draws it: the French narrow no-break space becomes a no-break space. */
const pdf = (text: string) => text.replace(/\u202f/g, '\u00a0');

const th = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({ text: pdf(text), style: 'th', alignment });

/**
 * The forecast as a pdfmake document in `language` (t fixed to it): a summary page (totals per entity and
 * fiscal year, the rate, margin and date, R-CUR-1), then one page per entity with each payment (R-BUD-3).
 * Pure: same input, same document.
 */
export function budgetDocument(
  forecast: Forecast,
  t: TFunction,
  language: string,
  productName: (id: string) => string,
): TDocumentDefinitions {
  const m = (value: Money) => pdf(money(value, language));
  const title = t('budget:pdf.title');
  const years = Array.from({ length: forecast.yearCount }, (_, i) => t(`budget:year.${i}`));
  const summary: Content[] = [
    { text: pdf(title), style: 'h1' },
    { text: pdf(t('budget:pdf.subtitle', { years: years.join(', ') })) },
    { text: pdf(exchangeLine(t, forecast.exchange, language)), style: 'small', margin: [0, 6, 0, 0] },
    { text: pdf(t('budget:printed', { date: formatDate(forecast.today, language), version: forecast.priceBookVersion })), style: 'small' },
    { text: pdf(t('budget:pdf.summary')), style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: ['*', ...years.map(() => 'auto'), 'auto'],
        body: [
          [th(t('budget:summary.entity')), ...years.map((y) => th(y, 'right')), th(t('budget:summary.total'), 'right')],
          ...forecast.entities.map((e) => [
            pdf(e.entity.name),
            ...e.years.map((y) => ({ text: m(y.total), alignment: 'right' as const })),
            { text: m(e.total), alignment: 'right' as const },
          ]),
          [
            { text: pdf(t('budget:summary.grandTotal')), bold: true },
            ...forecast.yearTotals.map((y) => ({ text: m(y), alignment: 'right' as const, bold: true })),
            { text: m(forecast.grandTotal), alignment: 'right' as const, bold: true },
          ],
        ],
      },
    },
    { text: pdf(t('budget:pdf.estimate', { version: forecast.priceBookVersion })), style: 'small', margin: [0, 8, 0, 0] },
  ];
  return {
    pageSize: 'A4',
    pageMargins: [36, 48, 36, 48],
    info: { title, author: 'Conex License Manager', subject: title, creator: 'Conex License Manager' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 2] },
      small: { fontSize: 8, color: '#444444' },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    footer: (page: number, pages: number) => ({
      text: pdf(t('budget:pdf.page', { page, pages })),
      alignment: 'center',
      style: 'small',
      margin: [0, 16, 0, 0],
    }),
    content: [...summary, ...forecast.entities.flatMap((e) => entityPage(e, forecast, t, language, productName))],
  };
}

function entityPage(e: EntityForecast, forecast: Forecast, t: TFunction, language: string, productName: (id: string) => string): Content[] {
  const m = (value: Money) => pdf(money(value, language));
  const out: Content[] = [
    { text: pdf(e.entity.name), style: 'h1', pageBreak: 'before' },
    { text: pdf(t('budget:pdf.fiscalStart', { month: monthName(e.startMonth, language) })), style: 'small' },
    { text: pdf(exchangeLine(t, forecast.exchange, language)), style: 'small' },
  ];
  if (e.alignment?.ok) out.push({ text: pdf(t('budget:aligned', { date: formatDate(e.alignment.commonEnd, language) })), style: 'small' });
  for (const y of e.years) {
    const label = fiscalYearLabel(t, y.fiscalYear);
    out.push({
      text: pdf(`${t(`budget:year.${y.fiscalYear.index}`)} · ${label} · ${fiscalYearRange(t, y.fiscalYear, language)}`),
      style: 'h3',
    });
    if (y.items.length === 0) {
      out.push({ text: pdf(t('budget:items.none')) });
      continue;
    }
    out.push({
      table: {
        headerRows: 1,
        widths: ['auto', '*', '*', 'auto', 'auto', 'auto'],
        body: [
          [
            th(t('budget:items.due')),
            th(t('budget:items.license')),
            th(t('budget:items.what')),
            th(t('budget:items.list'), 'right'),
            th(t('budget:items.discounts')),
            th(t('budget:items.net'), 'right'),
          ],
          ...y.items.map((item) => [
            pdf(formatDate(item.due, language)),
            pdf(`${item.sen} · ${productName(item.product)} ${item.tier}`),
            pdf(`${itemText(t, item, language)}${item.inProgress ? ` · ${t('budget:items.inProgress')}` : ''}`),
            { text: m(item.list), alignment: 'right' as const },
            pdf(discountText(t, item, language)),
            { text: m(item.net), alignment: 'right' as const },
          ]),
          [
            { text: pdf(t('budget:items.total')), colSpan: 5, bold: true },
            '',
            '',
            '',
            '',
            { text: m(y.total), alignment: 'right' as const, bold: true },
          ],
        ],
      },
    });
  }
  out.push({ text: pdf(t('budget:entityTotal', { entity: e.entity.name, amount: money(e.total, language) })), style: 'h3' });
  return out;
}
