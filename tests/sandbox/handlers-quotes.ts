import type { ApiQuote, ApiQuoteState, QuoteSubmission } from '../../shared/api';
import { toCalendarDate } from '../../shared/calendar';
import { quoteValidity } from '../../shared/licensing/orders';
import { formatMoney } from '../../shared/money/format';
import { exchangeSnapshot } from '../../shared/pricing/currency';
import { checkReadyToSubmit, type Quote } from '../../shared/quote';
import type { SandboxContext } from './context';
import { cursorOf } from './context';
import { fail, notFound, type Answer, type Handlers } from './http';
import { simplePdf } from './pdf';
import { logChange, nextCounter } from './store';
import { canSeeQuote, getQuote, orderOfQuote, quoteFeed, saveOrder, saveQuote } from './store-quotes';

type QuoteRoutes = 'listQuotes' | 'submitQuote' | 'updateQuotePo' | 'deleteQuote' | 'getQuotePdf';

const conflict = (current: ApiQuoteState, message: string): Answer => fail(409, 'conflict', message, { current });

/** Submitting, changing and deleting quotes, with optimistic concurrency on the server revision (If-Match). */
export function quoteHandlers({ db, now, book }: SandboxContext): Pick<Handlers, QuoteRoutes> {
  const log = (account: string, key: string | undefined, kind: string, object: string, detail: unknown) =>
    logChange(db, { account, idempotencyKey: key ?? null, kind, object, detail: JSON.stringify(detail), at: now().toISOString() });

  /** Prices a submission with the domain and the server's own price book and rates (R-ORD-4, R-CUR-1, R-DISC-1..3). */
  function price(id: string, submission: QuoteSubmission) {
    const { localRevision, ...fields } = submission;
    const rates = exchangeSnapshot(book, submission.currency, submission.organization.country);
    const quote: Quote = {
      ...fields,
      ...(rates.ok ? { exchange: rates.value, priceBookVersion: book.version } : {}),
      id,
      status: 'queued',
      step: 'review',
      updatedAt: now().toISOString(),
      revision: localRevision,
    };
    return checkReadyToSubmit(quote, book, now());
  }

  return {
    listQuotes({ account, query }) {
      const since = cursorOf(query.since);
      if (since === undefined) return fail(400, 'validation', 'Bad cursor');
      return { status: 200, body: quoteFeed(db, account, since, query.limit ?? 1000) };
    },

    submitQuote({ account, params, body, ifMatch, idempotencyKey }) {
      const id = params.id ?? '';
      const existing = getQuote(db, id);
      if (existing && !canSeeQuote(db, id, account)) return notFound();
      const current = existing?.state;
      if (ifMatch !== undefined && ifMatch !== (current?.revision ?? 0) && current) return conflict(current, 'Changed on the server since');
      if (current && !current.deleted && current.status === 'paid') return conflict(current, 'A paid order cannot be submitted again');
      const priced = price(id, body);
      if (!priced.ok) {
        return fail(422, 'pricing', 'The quote cannot be priced', {
          messageKey: priced.error.messageKey,
          ...(priced.error.params ? { params: { ...priced.error.params } } : {}),
        });
      }
      const issueDate = toCalendarDate(now());
      const officialNumber =
        current && !current.deleted
          ? current.officialNumber
          : `Q-${issueDate.slice(0, 4)}-${String(nextCounter(db, 'quote')).padStart(6, '0')}`;
      const state: ApiQuote = {
        id,
        deleted: false,
        revision: (current?.revision ?? 0) + 1,
        status: 'submitted',
        officialNumber,
        issueDate,
        validUntil: quoteValidity(issueDate, issueDate).validUntil,
        poNumber: body.poNumber ?? null,
        submission: body,
        totals: { list: priced.value.totals.list, discount: priced.value.totals.discount, net: priced.value.totals.net },
        reviewRequired: priced.value.review.required,
        updatedAt: now().toISOString(),
      };
      saveQuote(
        db,
        state,
        existing?.owner ?? account.id,
        body.contacts.map((c) => c.email),
      );
      log(account.id, idempotencyKey, 'quote.submit', id, { localRevision: body.localRevision, officialNumber });
      return { status: 200, body: state };
    },

    updateQuotePo({ account, params, body, ifMatch, idempotencyKey }) {
      const id = params.id ?? '';
      const existing = getQuote(db, id);
      if (!existing || existing.state.deleted || !canSeeQuote(db, id, account)) return notFound();
      const current = existing.state;
      if (ifMatch !== undefined && ifMatch !== current.revision) return conflict(current, 'Changed on the server since');
      const state: ApiQuote = { ...current, poNumber: body.poNumber, revision: current.revision + 1, updatedAt: now().toISOString() };
      saveQuote(db, state, existing.owner);
      // The PO is printed on the invoice too (R-ORD-6).
      const order = orderOfQuote(db, id);
      if (order) saveOrder(db, { ...order, poNumber: body.poNumber, updatedAt: state.updatedAt });
      log(account.id, idempotencyKey, 'quote.po', id, { poNumber: body.poNumber });
      return { status: 200, body: state };
    },

    deleteQuote({ account, params, ifMatch, idempotencyKey }) {
      const id = params.id ?? '';
      const existing = getQuote(db, id);
      if (!existing || existing.state.deleted || !canSeeQuote(db, id, account)) return notFound();
      const current = existing.state;
      if (ifMatch !== undefined && ifMatch !== current.revision) return conflict(current, 'Changed on the server since');
      if (current.status === 'paid') return conflict(current, 'A paid order cannot be deleted');
      const tombstone: ApiQuoteState = { id, deleted: true, revision: current.revision + 1, updatedAt: now().toISOString() };
      saveQuote(db, tombstone, existing.owner);
      log(account.id, idempotencyKey, 'quote.delete', id, {});
      return { status: 200, body: tombstone };
    },

    getQuotePdf({ account, params }) {
      const id = params.id ?? '';
      const existing = getQuote(db, id);
      if (!existing || existing.state.deleted || !canSeeQuote(db, id, account)) return notFound();
      const q = existing.state;
      const lines = [
        `Conex quote ${q.officialNumber} (SANDBOX)`,
        `Issued ${q.issueDate}, valid until ${q.validUntil}`,
        `Licensee: ${q.submission.organization.licensee}`,
        ...(q.poNumber ? [`PO: ${q.poNumber}`] : []),
        `Total: ${formatMoney(q.totals.net, 'en')} (no VAT or GST)`,
      ];
      return { status: 200, body: simplePdf(lines) };
    },
  };
}
