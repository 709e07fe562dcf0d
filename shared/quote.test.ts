import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from './pricing/bundled';
import { priceQuote } from './pricing/price-quote';
import type { PriceBook } from './pricing/price-book';
import {
  addContact,
  checkContacts,
  checkEmail,
  checkPoNumber,
  checkReadyToSubmit,
  markSubmitted,
  newDraft,
  organizationErrors,
  parseQuote,
  priceStoredQuote,
  quoteEditable,
  submittedValidity,
  withReviewFlag,
  type Quote,
} from './quote';

const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled price book is invalid');
  return b.value;
})() satisfies PriceBook;
const now = new Date('2026-03-10T09:00:00Z');

function filled(): Quote {
  return {
    ...newDraft('q1', now, 'en', book),
    lines: [{ id: 'l1', line: { kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'academic', years: 2 } }],
    contacts: [
      { email: 'pay@univ.example', role: 'billing' },
      { email: 'it@univ.example', role: 'technical' },
    ],
    organization: { licensee: 'Université Exemple', name: 'Université Exemple', address: '1 rue des Lilas\n75000 Paris', country: 'FR' },
    paymentChoice: 'quote',
  };
}

describe('stored quote', () => {
  it('a new draft is in EUR by default and validates against the schema (R-CUR-1)', () => {
    const draft = newDraft('q1', now, 'fr', book);
    expect(draft).toMatchObject({ status: 'draft', currency: 'EUR', language: 'fr', revision: 0, lines: [] });
    expect(parseQuote(draft).ok).toBe(true);
  });

  it('a record that no longer validates names the bad field', () => {
    const result = parseQuote({ ...filled(), poNumber: 'x'.repeat(51) });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.invalidRecord', params: { path: 'poNumber' } } });
  });

  it('prices a stored quote exactly as the domain prices its lines (R-DISC-1, R-DISC-2)', () => {
    const quote = filled();
    const direct = priceQuote(
      quote.lines.map((e) => e.line),
      book,
      { country: 'FR', academic: true, now: '2026-03-10', currency: 'EUR' },
    );
    expect(priceStoredQuote(quote, book, now)).toEqual(direct);
  });

  it('R-ORD-2 R-DISC-3 a reseller buying for a customer is recorded with the tick and priced exactly as the customer buying', () => {
    const asReseller = parseQuote({ ...filled(), reseller: true });
    expect(asReseller.ok && asReseller.value.reseller).toBe(true);
    expect(parseQuote({ ...filled(), reseller: 'yes' }).ok).toBe(false);
    expect(priceStoredQuote({ ...filled(), reseller: true }, book, now)).toEqual(priceStoredQuote(filled(), book, now));
  });

  it('a submitted quote is priced on its issue date, not today', () => {
    const quote = { ...filled(), status: 'submitted' as const, issueDate: '2026-02-01' };
    const priced = priceStoredQuote(quote, book, '2026-12-31');
    expect(priced.ok && priced.value.pricedOn).toBe('2026-02-01');
  });
});

describe('PO number (R-ORD-6)', () => {
  it('accepts up to 50 characters and an empty field means no PO', () => {
    expect(checkPoNumber('  PO-2026/118  ')).toEqual({ ok: true, value: 'PO-2026/118' });
    expect(checkPoNumber('x'.repeat(50))).toMatchObject({ ok: true });
    expect(checkPoNumber('   ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses 51 characters', () => {
    expect(checkPoNumber('x'.repeat(51))).toMatchObject({
      ok: false,
      error: { messageKey: 'quotes:errors.poTooLong', params: { max: 50 } },
    });
  });
});

describe('contacts (R-ORD-3, R-ORD-9)', () => {
  it('adds contacts by email and refuses a malformed one', () => {
    const one = addContact([], ' pay@univ.example ', 'billing');
    expect(one).toEqual({ ok: true, value: [{ email: 'pay@univ.example', role: 'billing' }] });
    for (const bad of ['pay', 'pay@', 'pay@univ', '@univ.example', 'a b@univ.example']) {
      expect(checkEmail(bad)).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.emailInvalid' } });
      expect(addContact([], bad, 'technical').ok).toBe(false);
    }
  });

  it('refuses the same contact twice in the same role, whatever the case', () => {
    const first = addContact([], 'it@univ.example', 'technical');
    if (!first.ok) throw new Error('unexpected');
    expect(addContact(first.value, 'IT@univ.example', 'technical')).toMatchObject({ ok: false, error: { code: 'contact.duplicate' } });
    expect(addContact(first.value, 'it@univ.example', 'billing').ok).toBe(true);
  });

  it('needs at least one billing and one technical contact', () => {
    expect(checkContacts([])).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.noBilling' } });
    expect(checkContacts([{ email: 'a@b.fr', role: 'billing' }])).toMatchObject({
      ok: false,
      error: { messageKey: 'quotes:errors.noTechnical' },
    });
    expect(checkContacts([{ email: 'a@b.fr', role: 'technical' }])).toMatchObject({
      ok: false,
      error: { messageKey: 'quotes:errors.noBilling' },
    });
    expect(checkContacts(filled().contacts).ok).toBe(true);
  });
});

describe('ready to submit (R-ORD-3)', () => {
  it('a complete quote is ready and returns its prices', () => {
    const result = checkReadyToSubmit(filled(), book, now);
    expect(result.ok && result.value.totals.net.amount).toBeGreaterThan(0);
  });

  it('names the first thing missing', () => {
    expect(checkReadyToSubmit({ ...filled(), lines: [] }, book, now)).toMatchObject({ error: { messageKey: 'quotes:errors.cartEmpty' } });
    expect(checkReadyToSubmit({ ...filled(), contacts: [] }, book, now)).toMatchObject({
      error: { messageKey: 'quotes:errors.noBilling' },
    });
    const noCountry = { ...filled(), organization: { ...filled().organization, country: '' as const } };
    expect(checkReadyToSubmit(noCountry, book, now)).toMatchObject({ error: { messageKey: 'quotes:errors.countryRequired' } });
    expect(checkReadyToSubmit({ ...filled(), paymentChoice: null }, book, now)).toMatchObject({
      error: { messageKey: 'quotes:errors.paymentRequired' },
    });
  });

  it('a line past the 3-year cap is not ready (R-MAINT-5)', () => {
    const quote = { ...filled(), lines: [{ id: 'l1', line: { ...filled().lines[0]!.line, years: 4 } }] };
    expect(checkReadyToSubmit(quote as Quote, book, now)).toMatchObject({ error: { code: 'maintenance.capExceeded' } });
  });

  it('DZD outside Algeria is not ready (R-CUR-1)', () => {
    const quote: Quote = { ...filled(), currency: 'DZD', exchange: { ...filled().exchange, currency: 'DZD' } };
    expect(checkReadyToSubmit(quote, book, now)).toMatchObject({ error: { code: 'currency.dzdOutsideAlgeria' } });
  });

  it('an empty tax ID value is flagged but no tax ID at all is fine (R-TAX-1)', () => {
    expect(organizationErrors(filled().organization, { kind: 'VAT', value: ' ' })).toEqual({ taxId: 'quotes:errors.taxIdEmpty' });
    expect(organizationErrors(filled().organization, null)).toEqual({});
  });
});

describe('editing and review', () => {
  it('a draft is always editable; a sent quote with Data Center or Cloud says contact us (R-ORD-7)', () => {
    const dataCenter: Quote = {
      ...filled(),
      lines: [{ id: 'l1', line: { kind: 'new', product: 'conex-data-center', tier: 'Enterprise', licenseType: 'commercial', years: 1 } }],
    };
    expect(quoteEditable(dataCenter)).toEqual({ editable: true });
    expect(quoteEditable({ ...dataCenter, status: 'submitted' })).toEqual({ editable: false, reasons: ['enterprise-product'] });
    const cloud: Quote = {
      ...filled(),
      status: 'queued',
      lines: [
        {
          id: 'l1',
          line: { kind: 'cloud-subscription', product: 'conex-books', tier: 'Starter', licenseType: 'commercial', firstTerm: true },
        },
      ],
    };
    expect(quoteEditable(cloud)).toEqual({ editable: false, reasons: ['cloud-subscription'] });
    expect(quoteEditable({ ...filled(), status: 'submitted' })).toEqual({ editable: true });
    expect(quoteEditable({ ...filled(), status: 'paid' }).editable).toBe(false);
  });

  it('a co-termination request flags the quote for sales review (R-MAINT-7)', () => {
    const quote: Quote = { ...filled(), cotermination: { licenses: [{ id: 'b', sen: 'SEN-00000002', maintenanceEnd: '2026-08-01' }] } };
    expect(withReviewFlag(quote, book, now).flaggedForReview).toBe(true);
    expect(withReviewFlag({ ...quote, cotermination: null, flaggedForReview: true }, book, now).flaggedForReview).toBe(false);
  });

  it('once the Conex API numbers it, a quote is submitted and valid 30 days from its issue date (R-ORD-4, R-ORD-5)', () => {
    const sent = markSubmitted({ ...filled(), status: 'queued', revision: 3 }, 'CQ-4242', '2026-03-11', new Date('2026-03-11T08:00:00Z'));
    expect(sent).toMatchObject({
      status: 'submitted',
      officialNumber: 'CQ-4242',
      issueDate: '2026-03-11',
      validUntil: '2026-04-10',
      revision: 4,
    });
    expect(parseQuote(sent).ok).toBe(true);
  });

  it('a submitted quote is valid 30 days from its issue date; a draft has no validity yet (R-ORD-5)', () => {
    expect(submittedValidity({ issueDate: '2026-03-01' }, '2026-03-10')).toMatchObject({ validUntil: '2026-03-31', expired: false });
    expect(submittedValidity({ issueDate: '2026-03-01' }, '2026-04-01')).toMatchObject({ expired: true });
    expect(submittedValidity({}, '2026-03-10')).toBeNull();
  });
});
