import type { TFunction } from 'i18next';
import type { Column, Content } from 'pdfmake/interfaces';
import { formatMoney } from '../../../../shared/money/format';
import type { PricedQuote } from '../../../../shared/pricing/price-quote';
import type { PriceBook } from '../../../../shared/pricing/price-book';
import type { QuoteLanguage } from '../../../../shared/quote';
import { describeLine, periodText, type PeriodKeys } from '../line-text';
import { pdfText } from './pdf-text';

const PDF_PERIOD: PeriodKeys = {
  plain: 'quotes:pdf.period',
  span: 'quotes:pdf.periodSpan',
  fromPayment: 'quotes:pdf.maintenanceFromPayment',
};

/**
 * A quote's options side by side under "choose one" (issue 20): each its lines,
 * their prices and its own total, priced in full on its own. No tax is added (R-TAX-1).
 */
export function optionsBlock(options: readonly PricedQuote[], book: PriceBook, t: TFunction, lang: QuoteLanguage): Content[] {
  const money = (m: PricedQuote['totals']['net']) => pdfText(formatMoney(m, lang));
  const column = (priced: PricedQuote, i: number): Column => ({
    width: '*',
    stack: [
      { text: pdfText(t('options.option', { number: i + 1 })), style: 'h2' },
      ...priced.lines.map((line): Content => ({
        margin: [0, 0, 0, 4],
        stack: [
          { text: pdfText(describeLine(t, line.line, book)), bold: true },
          { text: pdfText(periodText(t, line, lang, PDF_PERIOD)), style: 'small' },
          { text: money(line.net), alignment: 'right' },
        ],
      })),
      {
        margin: [0, 4, 0, 0],
        table: {
          widths: ['*', 'auto'],
          body: [
            [
              { text: pdfText(t('review.total', { currency: priced.currency })), bold: true },
              { text: money(priced.totals.net), bold: true, alignment: 'right' },
            ],
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  });
  return [
    { text: pdfText(t('pdf.optionsTitle')), style: 'h2' },
    { text: pdfText(t('pdf.chooseOne', { count: options.length })), bold: true, margin: [0, 0, 0, 6] },
    { columns: options.map(column), columnGap: 16 },
    { text: pdfText(t('domain:quote.noTax')), style: 'small', margin: [0, 6, 0, 0] },
  ];
}
