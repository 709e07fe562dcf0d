import { beforeAll, describe, expect, it } from 'vitest';
import { allowedPaymentMethods } from '../../../../shared/licensing/payment';
import { formatMoney, formatPercent } from '../../../../shared/money/format';
import { bundledPriceBook } from '../../../../shared/pricing/bundled';
import { exchangeSnapshot } from '../../../../shared/pricing/currency';
import type { PricedQuote } from '../../../../shared/pricing/price-quote';
import { newDraft, priceStoredQuote, type Quote } from '../../../../shared/quote';
import { i18next, initI18n } from '../../../i18n';
import { quoteDocument, SELLER } from './quote-pdf';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const TODAY = '2026-03-10';
/**
 * Strings a French PDF may share with the English one: the seller's name, the customer's own data, codes, words
 * spelled the same in both languages, and pdfmake's style and layout names.
 */
const PDF_SAME_IN_BOTH =
  /^(Conex|DZD|Université d’Alger|2 rue Didouche Mourad|Alger|CIN: \d+|Promotion|Contacts|Total \(DZD\)|draft|small|noBorders|lightHorizontalLines|left|right)$/;

beforeAll(async () => {
  await initI18n('en');
});

/** Every string of a pdfmake document, in order, so a test can read it as pdftotext would. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

function quote(overrides: Partial<Quote> = {}): Quote {
  const dzd = exchangeSnapshot(book, 'DZD', 'DZ');
  if (!dzd.ok) throw new Error('no DZD rate');
  return {
    ...newDraft('q-1', new Date(`${TODAY}T09:00:00Z`), 'en', book),
    currency: 'DZD',
    exchange: dzd.value,
    lines: [
      {
        id: 'a',
        line: { id: 'a', kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'academic', years: 2 },
        entity: { id: 'e1', name: 'Bibliothèque centrale' },
      },
      {
        id: 'b',
        line: {
          id: 'b',
          kind: 'renewal',
          sen: 'SEN-12345678',
          product: 'conex-books',
          tier: 'Professional',
          licenseType: 'commercial',
          currentEnd: '2026-01-10',
          years: 1,
        },
        entity: { id: 'e2', name: 'Faculté des sciences' },
      },
    ],
    contacts: [
      { email: 'compta@univ.dz', role: 'billing' },
      { email: 'dsi@univ.dz', role: 'technical' },
    ],
    organization: { licensee: 'Université d’Alger', name: 'Université d’Alger', address: '2 rue Didouche Mourad\nAlger', country: 'DZ' },
    taxId: { kind: 'CIN', value: '0099887766' },
    paymentChoice: 'quote',
    poNumber: 'BC-2026/17',
    ...overrides,
  };
}

function priced(q: Quote): PricedQuote {
  const result = priceStoredQuote(q, book, TODAY);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function doc(q: Quote) {
  return quoteDocument({ quote: q, priced: priced(q), book, today: TODAY, t: i18next.getFixedT(q.language, 'quotes') });
}

describe('the PDF quote document', () => {
  it('prints every price step the domain computed, the totals and the DZD rate with its margin (R-DISC-2, R-CUR-1, R-TAX-1)', () => {
    const q = quote();
    const p = priced(q);
    const all = texts(doc(q).content).join('\n');
    for (const line of p.lines) {
      expect(all).toContain(formatMoney(line.list, 'en'));
      for (const step of line.steps) {
        expect(all).toContain(`−${formatMoney(step.discount, 'en')}`);
        expect(all).toContain(formatPercent(step.percent, 'en'));
      }
      expect(all).toContain(formatMoney(line.net, 'en'));
    }
    expect(all).toContain(formatMoney(p.totals.list, 'en'));
    expect(all).toContain(`−${formatMoney(p.totals.discount, 'en')}`);
    expect(all).toContain(formatMoney(p.totals.net, 'en'));
    expect(all).toContain('Total (DZD)');
    expect(all).toContain('No VAT or GST is applied.');
    expect(all).toContain(`1 EUR = ${book.exchange.DZD?.perEur} DZD + ${book.exchange.DZD?.marginPercent} % currency fluctuation margin`);
  });

  it('a draft carries the DRAFT mark across the page and no issue date; a submitted quote has its number and dates (R-ORD-4, R-ORD-5)', () => {
    const draft = doc(quote());
    expect(draft.watermark).toMatchObject({ text: 'DRAFT - not a valid quote until submitted' });
    expect(texts(draft.content)).toContain('Prepared on');
    const sent = doc(quote({ status: 'submitted', officialNumber: 'CQ-2001', issueDate: '2026-03-02', validUntil: '2026-04-01' }));
    expect(sent.watermark).toBeUndefined();
    const all = texts(sent.content);
    expect(all).toContain('Quote CQ-2001');
    expect(all).toContain('Mar 2, 2026');
    expect(all).toContain('Apr 1, 2026');
    expect(all.join('\n')).not.toContain('DRAFT');
  });

  it('a promotion that ends before the quote’s validity says so, in the quote’s language (R-DISC-1, R-ORD-5)', async () => {
    const late = { status: 'submitted' as const, officialNumber: 'CQ-2002', issueDate: '2026-12-10', validUntil: '2027-01-09' };
    expect(texts(doc(quote(late)).content)).toContain(
      'The 20% promotion ends on Dec 31, 2026, before this quote’s validity ends on Jan 9, 2027.',
    );
    await i18next.loadLanguages('fr');
    // French figures use no-break spaces ("20 %"): compared as plain spaces.
    expect(texts(doc(quote({ ...late, language: 'fr' })).content).map((x) => x.replace(/\s/g, ' '))).toContain(
      'La promotion de 20 % se termine le 31 déc. 2026, avant la fin de validité de ce devis le 9 janv. 2027.',
    );
    const early = { status: 'submitted' as const, officialNumber: 'CQ-2003', issueDate: '2026-11-01', validUntil: '2026-12-01' };
    expect(texts(doc(quote(early)).content).join('\n')).not.toContain('promotion ends');
  });

  it('prints every tax ID the quote took from the profile, its own first (R-TAX-1)', () => {
    const q = quote({ taxId: { kind: 'VAT', value: 'FR12345678901' }, moreTaxIds: [{ kind: 'PAN', value: 'ABCDE1234F' }] });
    const all = texts(doc(q).content).join('\n');
    expect(all).toContain('VAT number: FR12345678901\nPAN: ABCDE1234F');
  });

  it('puts seller, customer, tax ID, PO, SEN, entity, maintenance dates, contacts, payment terms and the keys note on the quote (R-ORD-6, R-PAY-1, R-PAY-2, R-TAX-1)', () => {
    const q = quote();
    const p = priced(q);
    const content = doc(q).content as unknown[];
    const all = texts(content).join('\n');
    for (const expected of [
      SELLER.name,
      'Conex — Quote & Order Desk',
      'Université d’Alger',
      'Licensee: Université d’Alger',
      'Algeria',
      'CIN: 0099887766',
      'BC-2026/17',
      'SEN: SEN-12345678',
      'Entity: Bibliothèque centrale',
      'compta@univ.dz',
      'dsi@univ.dz',
      'Net 0: payment in full before keys are issued.',
      'License keys are issued only after full payment',
    ]) {
      expect(all).toContain(expected);
    }
    expect(all).toContain(`Maintenance: Jan 10, 2026 – Jan 10, 2027`);
    const renewal = p.lines[1];
    expect(renewal?.period).toEqual({ start: '2026-01-10', end: '2027-01-10' });
    // Payment methods come before the lines: on the first page whatever the number of lines (R-PAY-1).
    const paymentAt = texts(content).findIndex((s) => s.startsWith('Accepted:'));
    const linesAt = texts(content).indexOf('Items');
    expect(paymentAt).toBeGreaterThan(-1);
    expect(paymentAt).toBeLessThan(linesAt);
    const methods = allowedPaymentMethods('DZ', ['new', 'renewal']).map((m) => i18next.t(`domain:payment.method.${m}`));
    expect(texts(content)[paymentAt]).toBe(`Accepted: ${methods.join(', ')}.`);
  });

  it('is written in the quote’s language, with French figures the bundled font can draw', () => {
    const q = quote({ language: 'fr' });
    const p = priced(q);
    const d = doc(q);
    const all = texts(d.content).join('\n');
    expect(d.watermark).toMatchObject({ text: "BROUILLON - devis non valable tant qu'il n'est pas envoyé" });
    expect(all).toContain(i18next.getFixedT('fr')('domain:quote.noTax'));
    expect(all).toContain('Titulaire : Université d’Alger');
    const frTotal = formatMoney(p.totals.net, 'fr');
    expect(frTotal).toContain('\u202f');
    // Roboto has no narrow no-break space: the PDF uses a no-break space instead (resources/fonts/README.md).
    expect(all).toContain(frTotal.replace(/\u202f/g, '\u00a0'));
    expect(texts(d).join('')).not.toContain('\u202f');
  });

  it('a French quote’s PDF has no English left: what it shares with the English PDF is names, codes and figures', () => {
    const q = quote({ poNumber: 'BC-2026/17', flaggedForReview: true });
    const english = new Set(texts(doc(q).content));
    const shared = texts(doc({ ...q, language: 'fr' }).content).filter((s) => english.has(s) && /[a-z]{3}/i.test(s));
    expect(shared.filter((s) => !PDF_SAME_IN_BOTH.test(s))).toEqual([]);
  });

  it('shows a co-termination request flagged for sales review (R-MAINT-7)', () => {
    const q = quote({
      flaggedForReview: true,
      cotermination: { licenses: [{ id: 'x', sen: 'SEN-87654321', maintenanceEnd: '2026-08-01' }], commonEnd: '2027-01-10' },
    });
    const all = texts(doc(q).content).join('\n');
    expect(all).toContain('Flagged for sales review, 1 to 3 business days.');
    expect(all).toContain('SEN-87654321');
    expect(all).toContain('Jan 10, 2027');
  });

  it('a new license or an upgrade runs 12 months from payment confirmation, with the dates it would have if paid today, marked as such (R-MAINT-2, R-MAINT-3)', () => {
    const q = quote({
      lines: [
        { id: 'n', line: { id: 'n', kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'commercial', years: 1 } },
        {
          id: 'u',
          line: {
            id: 'u',
            kind: 'upgrade',
            sen: 'SEN-11112222',
            product: 'conex-books',
            from: 'Starter',
            to: 'Express',
            licenseType: 'commercial',
          },
        },
      ],
    });
    const all = texts(doc(q).content);
    const fromPayment = 'Maintenance: 12 months from payment confirmation (if paid today: Mar 10, 2026 – Mar 10, 2027)';
    expect(all.filter((s) => s === fromPayment)).toHaveLength(2);
    expect(all).not.toContain('Maintenance: Mar 10, 2026 – Mar 10, 2027');
    const fr = texts(doc({ ...q, language: 'fr' }).content);
    expect(fr).toContain(
      "Maintenance : 12 mois à partir de la confirmation du paiement (si payé aujourd'hui : 10 mars 2026 – 10 mars 2027)",
    );
  });

  it('synchronised renewals print their dates, months and days and price as an estimate, with what the dates align to (R-MAINT-7, R-UPG-2)', () => {
    const q = quote({
      lines: [
        {
          id: 'u',
          line: {
            id: 'u',
            kind: 'upgrade',
            sen: 'SEN-11112222',
            product: 'conex-books',
            from: 'Starter',
            to: 'Express',
            licenseType: 'commercial',
          },
          entity: { id: 'e1', name: 'Bibliothèque centrale' },
          othersRenew: 'with-upgrade',
        },
        {
          id: 's',
          line: {
            id: 's',
            kind: 'renewal',
            sen: 'SEN-33334444',
            product: 'conex-books',
            tier: 'Express',
            licenseType: 'commercial',
            currentEnd: '2026-08-01',
            years: 1,
            until: '2027-03-10',
          },
          syncedWith: 'u',
        },
      ],
      cotermination: {
        licenses: [{ id: 'x', sen: 'SEN-33334444', maintenanceEnd: '2026-08-01' }],
        commonEnd: '2027-03-10',
        anchor: 'upgrade',
      },
      flaggedForReview: true,
    });
    const p = priced(q);
    const all = texts(doc(q).content);
    expect(all).toContain('Maintenance: Aug 1, 2026 – Mar 10, 2027 (7 months and 9 days)');
    expect(all).toContain('Estimate: sales confirm this price.');
    expect(all).toContain(formatMoney(p.lines[1]!.net, 'en'));
    expect(all).toContain(
      'The total includes estimated prices for synchronised maintenance: sales confirm them when they review the quote.',
    );
    expect(all).toContain(
      "Co-termination: maintenance dates synchronised to Mar 10, 2027 (the upgrade's new maintenance end) for SEN-33334444. The prices of synchronised renewals are estimates: sales will confirm the dates and prices.",
    );
    expect(all).toContain('Upgrade of SEN-11112222: the other licenses of Bibliothèque centrale renew with it, to Mar 10, 2027.');
    const own = texts(doc(quote({ lines: [{ ...q.lines[0]!, othersRenew: 'own-dates' }], cotermination: null })).content);
    expect(own).toContain('Upgrade of SEN-11112222: the other licenses of Bibliothèque centrale renew on their own dates.');
    const fr = texts(doc({ ...q, language: 'fr' }).content).join('\n');
    expect(fr).toContain('Maintenance : 1 août 2026 – 10 mars 2027 (7 mois et 9 jours)');
    expect(fr).toContain("Estimation : prix confirmé par l'équipe commerciale.");
  });
});
