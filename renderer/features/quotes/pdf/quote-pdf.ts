import type { TFunction } from 'i18next';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate } from '../../../../shared/catalog';
import { allowedPaymentMethods } from '../../../../shared/licensing/payment';
import { formatMoney, formatPercent } from '../../../../shared/money/format';
import type { PricedQuote } from '../../../../shared/pricing/price-quote';
import type { PriceBook } from '../../../../shared/pricing/price-book';
import { promotionEndingBeforeValidity } from '../../../../shared/pricing/promotion-ending';
import { quoteValidity } from '../../../../shared/licensing/orders';
import { printedTaxIds, type Quote } from '../../../../shared/quote';
import { countryName } from '../../../ui/countries';
import { exchangeText } from '../exchange-text';
import { formatDate } from '../format';
import { describeLine, lineSen, periodText, type PeriodKeys } from '../line-text';
import { syncSummary } from '../sync-summary';
import { promotionEndingText } from '../promotion-text';
import { optionsBlock } from './options-pdf';
import { pdfText } from './pdf-text';
import { bidiDocument, isRtlLanguage } from '../../../lib/pdf/rtl-document';

const PDF_PERIOD: PeriodKeys = {
  plain: 'quotes:pdf.period',
  span: 'quotes:pdf.periodSpan',
  fromPayment: 'quotes:pdf.maintenanceFromPayment',
};

/** The seller block: the name Conex and a neutral line in the quote's language (quotes:pdf.sellerLine), no invented company details. */
export const SELLER = { name: 'Conex' } as const;

export interface QuotePdfInput {
  quote: Quote;
  /** The domain's prices for this quote (priceStoredQuote). */
  priced: PricedQuote;
  book: PriceBook;
  /** Each option priced on its own, in order, for a quote with options (issue 20); absent for a plain quote. */
  options?: readonly PricedQuote[];
  /** The day the PDF is made, printed on a draft. */
  today: IsoDate;
  /** Translations fixed to the quote's language (i18next.getFixedT(quote.language, 'quotes')). */
  t: TFunction;
}

/**
 * The pdfmake document of a quote, in the quote's language: seller and customer,
 * number or DRAFT mark (R-ORD-4), dates (R-ORD-5), payment terms and methods on
 * the first page (R-PAY-1), every discount step (R-DISC-2), totals without tax
 * (R-TAX-1) and with the rate for DZD (R-CUR-1), PO number (R-ORD-6), tax ID,
 * contacts and when keys are issued (R-PAY-2). Right to left in an RTL language. Pure: same input, same document.
 */
export function quoteDocument({ quote, priced, book, today, t, options }: QuotePdfInput): TDocumentDefinitions {
  const lang = quote.language;
  const money = (m: Parameters<typeof formatMoney>[0]) => pdfText(formatMoney(m, lang));
  const draft = quote.officialNumber === undefined || quote.status === 'draft' || quote.status === 'queued';
  const number = quote.officialNumber ?? t('pdf.draftNumber');
  const title = t('pdf.title', { number });

  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [36, 48, 36, 48],
    info: { title, author: SELLER.name, subject: title, creator: 'Conex License Manager' },
    ...(draft ? { watermark: { text: t('pdf.draftMark'), color: '#b71c1c', opacity: 0.18, bold: true } } : {}),
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 12, 0, 4] },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      small: { fontSize: 8, color: '#444444' },
      th: { bold: true, fillColor: '#eeeeee' },
      draft: { bold: true, color: '#b71c1c', fontSize: 10 },
    },
    footer: (page: number, pages: number) => ({
      text: pdfText(`${draft ? `${t('pdf.draftMark')} · ` : ''}${t('pdf.page', { page, pages })}`),
      alignment: 'center',
      style: 'small',
      margin: [0, 16, 0, 0],
    }),
    content: [
      parties(quote, t),
      { text: pdfText(title), style: 'h1' },
      ...(draft ? [{ text: pdfText(t('pdf.draftMark')), style: 'draft' } as Content] : []),
      datesTable(quote, priced, today, t),
      ...promotionBlock(priced, book, t, lang),
      paymentBlock(quote, t),
      ...reviewBlock(quote, t),
      // Options print side by side instead of the one cart; a plain quote prints as it always has.
      ...(options && options.length > 1
        ? optionsBlock(options, book, t, lang)
        : [
            { text: pdfText(t('pdf.lines')), style: 'h2' } as Content,
            linesTable(priced, quote, book, t, money),
            totalsTable(priced, t, money),
          ]),
      ...(priced.exchange.currency === 'EUR' ? [] : [{ text: pdfText(exchangeText(t, priced.exchange, lang)), style: 'small' } as Content]),
      { text: pdfText(t('pdf.contacts')), style: 'h2' },
      contactsBlock(quote, t),
      { text: pdfText(t('pdf.keysNote')), margin: [0, 8, 0, 0] },
      ...(book.sample ? [{ text: pdfText(t('domain:priceBook.sampleNotice')), style: 'small', margin: [0, 8, 0, 0] } as Content] : []),
    ],
  };
  // Written as read: a right-to-left language mirrors the page; any Arabic name is put in visual order (issue 21).
  return bidiDocument(doc, isRtlLanguage(lang) ? 'rtl' : 'ltr');
}

function parties(quote: Quote, t: TFunction): Content {
  const org = quote.organization;
  const customer: Content[] = [
    { text: pdfText(t('pdf.customer')), bold: true },
    { text: pdfText(org.name) },
    { text: pdfText(t('pdf.licensee', { name: org.licensee })) },
    ...org.address.split('\n').map((l) => ({ text: pdfText(l) })),
    { text: pdfText(org.country ? countryName(org.country, quote.language) : '') },
    ...printedTaxIds(quote).map((tax) => ({ text: pdfText(`${t(`taxId.${tax.kind}`)}: ${tax.value}`) })),
  ];
  return {
    columns: [
      { stack: [{ text: SELLER.name, fontSize: 16, bold: true }, { text: pdfText(t('pdf.sellerLine')) }], width: '*' },
      { stack: customer, width: '*' },
    ],
    columnGap: 24,
  };
}

function datesTable(quote: Quote, priced: PricedQuote, today: IsoDate, t: TFunction): Content {
  const lang = quote.language;
  const issued = quote.issueDate;
  const rows: [string, string][] = [
    [t('pdf.number'), quote.officialNumber ?? t('pdf.draftNumber')],
    issued ? [t('pdf.issueDate'), formatDate(issued, lang)] : [t('pdf.preparedOn'), formatDate(today, lang)],
    [
      t('pdf.validUntil'),
      issued ? formatDate(quote.validUntil ?? quoteValidity(issued, today).validUntil, lang) : t('pdf.validAfterSubmit'),
    ],
    [t('pdf.currency'), priced.currency],
    ...(quote.poNumber ? [[t('pdf.poNumber'), quote.poNumber] as [string, string]] : []),
  ];
  return {
    table: { widths: [110, '*'], body: rows.map(([k, v]) => [{ text: pdfText(k), bold: true }, { text: pdfText(v) }]) },
    layout: 'noBorders',
  };
}

function promotionBlock(priced: PricedQuote, book: PriceBook, t: TFunction, lang: Quote['language']): Content[] {
  const ending = promotionEndingBeforeValidity(priced, book);
  return ending ? [{ text: pdfText(promotionEndingText(t, ending, lang)), bold: true, margin: [0, 6, 0, 0] }] : [];
}

function paymentBlock(quote: Quote, t: TFunction): Content {
  const methods = allowedPaymentMethods(
    quote.organization.country,
    quote.lines.map((e) => e.line.kind),
  ).map((m) => t(`domain:payment.method.${m}`));
  return {
    margin: [0, 8, 0, 0],
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: pdfText(t('pdf.payment')), bold: true },
              { text: pdfText(quote.paymentChoice === 'card' ? t('payment.card') : t('payment.quote')) },
              { text: pdfText(t('domain:payment.terms')) },
              { text: pdfText(t('payment.methods', { methods: methods.join(', ') })) },
              { text: pdfText(t('payment.noPoTerms')), style: 'small' },
            ],
          },
        ],
      ],
    },
  };
}

function reviewBlock(quote: Quote, t: TFunction): Content[] {
  const summary = syncSummary(t, quote, quote.language, 'quotes:pdf.cotermination').map((text) => ({ text: pdfText(text) }) as Content);
  if (!quote.flaggedForReview) return summary;
  return [{ text: pdfText(t('review.flagged')), style: 'draft', margin: [0, 8, 0, 0] }, ...summary];
}

function linesTable(
  priced: PricedQuote,
  quote: Quote,
  book: PriceBook,
  t: TFunction,
  money: (m: PricedQuote['totals']['net']) => string,
): Content {
  const lang = quote.language;
  const head: TableCell[] = ['#', t('cart.item'), t('cart.list'), t('pdf.promotion'), t('pdf.academic'), t('cart.net')].map((h, i) => ({
    text: pdfText(h),
    style: 'th',
    alignment: i >= 2 ? 'right' : 'left',
  }));
  const body: TableCell[][] = priced.lines.map((line, i) => {
    const entry = quote.lines[i];
    // One column per discount kind, each with its own percent: every step shows (R-DISC-2).
    const step = (kind: 'promotion' | 'academic'): TableCell => {
      const found = line.steps.find((s) => s.kind === kind);
      return found
        ? {
            stack: [`−${money(found.discount)}`, { text: pdfText(formatPercent(found.percent, lang)), style: 'small' }],
            alignment: 'right',
          }
        : { text: '—', alignment: 'right' };
    };
    return [
      { text: String(i + 1) },
      {
        stack: [
          { text: pdfText(describeLine(t, line.line, book)), bold: true },
          { text: pdfText(`${t('cart.sen')}: ${lineSen(t, line.line)} · ${t('cart.entity')}: ${entry?.entity?.name ?? '—'}`) },
          { text: pdfText(periodText(t, line, lang, PDF_PERIOD)) },
          ...(priced.currency === 'EUR' ? [] : [{ text: pdfText(t('pdf.listEur', { amount: formatMoney(line.listEur, lang) })) }]),
          ...(line.span ? [{ text: pdfText(t('pdf.estimate')), style: 'small' }] : []),
        ],
      },
      { text: money(line.list), alignment: 'right' },
      step('promotion'),
      step('academic'),
      { text: money(line.net), alignment: 'right', bold: true },
    ];
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [14, '*', 70, 70, 70, 70], body: [head, ...body] },
    layout: 'lightHorizontalLines',
    fontSize: 8,
  };
}

function totalsTable(priced: PricedQuote, t: TFunction, money: (m: PricedQuote['totals']['net']) => string): Content {
  const rows: TableCell[][] = [
    [{ text: pdfText(t('review.totalList')) }, { text: money(priced.totals.list), alignment: 'right' }],
    [{ text: pdfText(t('review.totalDiscount')) }, { text: `−${money(priced.totals.discount)}`, alignment: 'right' }],
    [
      { text: pdfText(t('review.total', { currency: priced.currency })), bold: true },
      { text: money(priced.totals.net), alignment: 'right', bold: true },
    ],
    [{ text: pdfText(t('domain:quote.noTax')), colSpan: 2, style: 'small' }, {}],
    ...(priced.lines.some((l) => l.span) ? [[{ text: pdfText(t('cart.totalEstimate')), colSpan: 2, style: 'small' }, {}]] : []),
  ];
  return {
    margin: [0, 8, 0, 4],
    columns: [
      { text: '', width: '*' },
      { width: 240, table: { widths: ['*', 90], body: rows }, layout: 'lightHorizontalLines' },
    ],
  };
}

function contactsBlock(quote: Quote, t: TFunction): Content {
  const emails = (role: 'billing' | 'technical') =>
    quote.contacts
      .filter((c) => c.role === role)
      .map((c) => c.email)
      .join(', ') || '—';
  return {
    stack: [
      { text: pdfText(`${t('contacts.role.billing')}: ${emails('billing')}`) },
      { text: pdfText(`${t('contacts.role.technical')}: ${emails('technical')}`) },
      ...(quote.reseller ? [{ text: pdfText(t('pdf.reseller')) }] : []),
    ],
  };
}
