import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledPriceBook } from '../../pricing/bundled';
import { newDraft, type Quote } from '../../quote';
import type { Change } from '../changes';
import type { ApiQuote } from '../quotes';
import { conflictFields, decideRemote, planQuoteChanges, quoteFromServer, submissionOf, type QuoteShadow } from './quote-merge';

const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled price book is invalid');
  return b.value;
})();
const now = new Date('2026-03-10T09:00:00Z');

function quote(id: string, patch: Partial<Quote> = {}): Quote {
  return {
    ...newDraft(id, now, 'en', book),
    lines: [{ id: 'l1', line: { kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'commercial', years: 1 } }],
    contacts: [
      { email: 'pay@example.com', role: 'billing' },
      { email: 'it@example.com', role: 'technical' },
    ],
    organization: { licensee: 'Acme', name: 'Acme', address: '1 Main St', country: 'FR' },
    paymentChoice: 'quote',
    ...patch,
  };
}

function remoteOf(q: Quote, patch: Partial<ApiQuote> = {}): ApiQuote {
  return {
    id: q.id,
    deleted: false,
    revision: 1,
    status: 'submitted',
    officialNumber: 'Q-2026-000001',
    issueDate: '2026-03-10',
    validUntil: '2026-04-09',
    poNumber: q.poNumber ?? null,
    submission: submissionOf(q),
    totals: { list: { amount: 1, currency: 'EUR' }, discount: { amount: 0, currency: 'EUR' }, net: { amount: 1, currency: 'EUR' } },
    reviewRequired: false,
    updatedAt: '2026-03-10T09:00:00.000Z',
    ...patch,
  };
}

const shadowOf = (remote: ApiQuote, localRevision: number): QuoteShadow => ({ id: remote.id, remote, localRevision });
const none = { shadows: new Map<string, QuoteShadow>(), pending: [] as Change[], conflicts: new Set<string>() };

describe('planning what to send (R-ORD-4)', () => {
  it('a draft is never sent; a queued quote is submitted with its revision', () => {
    const draft = quote('d');
    const queued = quote('q', { status: 'queued', revision: 3 });
    const plan = planQuoteChanges({ ...none, locals: [draft, queued] });
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ kind: 'quote.submit', quoteId: 'q', submission: { localRevision: 3 } });
  });

  it('plans nothing again while its own changes wait in the outbox (idempotent)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ status: fc.constantFrom('draft', 'queued', 'submitted', 'paid'), po: fc.option(fc.constantFrom('PO-1', 'PO-2')) }),
          {
            maxLength: 8,
          },
        ),
        fc.array(fc.boolean(), { maxLength: 8 }),
        (specs, known) => {
          const locals = specs.map((s, i) =>
            quote(`q${i}`, { status: s.status as Quote['status'], revision: i, ...(s.po ? { poNumber: s.po } : {}) }),
          );
          const shadows = new Map<string, QuoteShadow>();
          locals.forEach((q, i) => {
            if (known[i]) shadows.set(q.id, shadowOf(remoteOf(q, { poNumber: null }), q.revision - 1));
          });
          const first = planQuoteChanges({ locals, shadows, pending: [], conflicts: new Set() });
          expect(planQuoteChanges({ locals, shadows, pending: first, conflicts: new Set() })).toEqual([]);
        },
      ),
    );
  });

  it('a PO changed on a submitted quote is sent; an unchanged one is not (R-ORD-6)', () => {
    const q = quote('q', { status: 'submitted', revision: 4, poNumber: 'PO-9' });
    const shadows = new Map([['q', shadowOf(remoteOf(q, { poNumber: 'PO-1' }), 3)]]);
    expect(planQuoteChanges({ ...none, locals: [q], shadows })).toEqual([{ kind: 'quote.po', quoteId: 'q', poNumber: 'PO-9' }]);
    const same = new Map([['q', shadowOf(remoteOf(q), 4)]]);
    expect(planQuoteChanges({ ...none, locals: [q], shadows: same })).toEqual([]);
  });

  it('a quote the server holds but the app deleted is deleted on the server', () => {
    const q = quote('gone', { status: 'submitted' });
    const shadows = new Map([['gone', shadowOf(remoteOf(q), 0)]]);
    expect(planQuoteChanges({ ...none, locals: [], shadows })).toEqual([{ kind: 'quote.delete', quoteId: 'gone' }]);
  });

  it('a quote deleted before its submission was sent is deleted after it, in order', () => {
    const q = quote('q', { status: 'queued' });
    const pending: Change[] = [{ kind: 'quote.submit', quoteId: 'q', submission: submissionOf(q) }];
    expect(planQuoteChanges({ ...none, locals: [], pending })).toEqual([{ kind: 'quote.delete', quoteId: 'q' }]);
  });

  it('nothing is sent for a quote in conflict until the user chooses', () => {
    const q = quote('q', { status: 'queued' });
    expect(planQuoteChanges({ ...none, locals: [q], conflicts: new Set(['q']) })).toEqual([]);
  });
});

describe('meeting a pulled version', () => {
  const q = quote('q', { status: 'submitted', revision: 5, officialNumber: 'Q-2026-000001' });
  const known = remoteOf(q);
  const changed = remoteOf(q, { revision: 2, poNumber: 'PO-SALES' });

  it('takes the server version when the app did not change the quote', () => {
    expect(decideRemote({ local: q, shadow: shadowOf(known, 5), remote: changed, pending: false, conflict: false })).toBe('update');
  });

  it('never overwrites a quote changed on both sides: conflict', () => {
    const edited = { ...q, revision: 6, status: 'draft' as const };
    expect(decideRemote({ local: edited, shadow: shadowOf(known, 5), remote: changed, pending: false, conflict: false })).toBe('conflict');
  });

  it('waits while a change of the quote is still to be sent', () => {
    expect(decideRemote({ local: q, shadow: shadowOf(known, 5), remote: changed, pending: true, conflict: false })).toBe('defer');
  });

  it('inserts a quote new to this app, removes one deleted on the server, forgets one deleted on both', () => {
    const tomb = { id: 'q', deleted: true as const, revision: 3, updatedAt: '2026-03-11T00:00:00.000Z' };
    expect(decideRemote({ local: undefined, shadow: undefined, remote: known, pending: false, conflict: false })).toBe('insert');
    expect(decideRemote({ local: q, shadow: shadowOf(known, 5), remote: tomb, pending: false, conflict: false })).toBe('remove');
    expect(decideRemote({ local: undefined, shadow: shadowOf(known, 5), remote: tomb, pending: false, conflict: false })).toBe('forget');
    expect(decideRemote({ local: undefined, shadow: shadowOf(known, 5), remote: changed, pending: false, conflict: false })).toBe(
      'conflict',
    );
  });

  it('adopts a server version that matches the app (a submission whose answer was lost)', () => {
    const queued = { ...q, status: 'queued' as const };
    expect(decideRemote({ local: queued, shadow: undefined, remote: known, pending: false, conflict: false })).toBe('adopt');
  });

  it('the same revision again is nothing new', () => {
    expect(decideRemote({ local: q, shadow: shadowOf(known, 5), remote: known, pending: false, conflict: false })).toBe('none');
  });

  it('builds the stored quote from the server version with its number and dates (R-ORD-5)', () => {
    const stored = quoteFromServer(changed, q, '2026-03-12T00:00:00.000Z', 6);
    expect(stored).toMatchObject({
      id: 'q',
      status: 'submitted',
      officialNumber: 'Q-2026-000001',
      validUntil: '2026-04-09',
      poNumber: 'PO-SALES',
      revision: 6,
    });
    expect(conflictFields(q, changed)).toEqual(['poNumber']);
    expect(conflictFields(null, changed)).toEqual(['status']);
  });
});

describe('tax IDs through submission (R-TAX-1)', () => {
  it('R-TAX-1 every tax ID of a quote is sent and comes back with the server’s version, so the PDF prints them all', () => {
    const q = quote('q-tax', {
      taxId: { kind: 'VAT', value: 'FR12345678901' },
      moreTaxIds: [{ kind: 'GST', value: '27AAPFU0939F1ZV' }],
      status: 'queued',
    });
    const back = quoteFromServer(remoteOf(q), q, '2026-03-10T10:00:00.000Z', 2);
    expect([back.taxId, ...(back.moreTaxIds ?? [])]).toEqual([
      { kind: 'VAT', value: 'FR12345678901' },
      { kind: 'GST', value: '27AAPFU0939F1ZV' },
    ]);
    expect('moreTaxIds' in submissionOf(quote('q-one', { taxId: { kind: 'PAN', value: 'ABCDE1234F' } }))).toBe(false);
  });
});
