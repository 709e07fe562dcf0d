import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { bundledPriceBook } from '../../../shared/pricing/bundled';
import { newDraft, type Quote } from '../../../shared/quote';
import { storePerTest } from '../../test/store';
import {
  deleteQuote,
  duplicateQuote,
  getQuote,
  listQuoteLicenses,
  listQuotes,
  loadPriceBook,
  PRICE_BOOK_META_KEY,
  reopenAsDraft,
  restoreQuote,
  saveDraft,
  submitQuote,
  updatePoNumber,
} from './quotes';

const bundled = bundledPriceBook();
if (!bundled.ok) throw new Error('bundled price book is invalid');
const book = bundled.value;
const now = new Date('2026-03-10T09:00:00Z');

const database = storePerTest('quotes-test');

function draft(id = 'q1'): Quote {
  return {
    ...newDraft(id, now, 'en', book),
    lines: [{ id: 'l1', line: { id: 'l1', kind: 'new', product: 'conex-books', tier: 'Starter', licenseType: 'commercial', years: 1 } }],
    contacts: [{ email: 'pay@example.com', role: 'billing' }],
    organization: { licensee: 'ACME', name: 'ACME', address: '1 Main St', country: 'DZ' },
  };
}

describe('quotes repository', () => {
  it('saves a draft on each change and reads back the last one', async () => {
    const first = draft();
    await saveDraft(database(), first);
    const typed = { ...first, organization: { ...first.organization, name: 'ACME Algérie' }, revision: 1 };
    // Fired without waiting, as keystrokes are: the last put wins.
    const a = saveDraft(database(), { ...typed, organization: { ...typed.organization, name: 'ACME Alg' } });
    const b = saveDraft(database(), typed);
    await Promise.all([a, b]);
    expect(await getQuote(database(), 'q1')).toEqual({ ok: true, value: typed });
  });

  it('lists quotes latest change first and leaves out a record that no longer validates', async () => {
    await saveDraft(database(), draft('old'));
    await saveDraft(database(), { ...draft('new'), updatedAt: '2026-03-11T00:00:00.000Z' });
    await database().quotes.put({ ...draft('broken'), currency: 'GBP' } as unknown as Quote);
    expect((await listQuotes(database())).map((q) => q.id)).toEqual(['new', 'old']);
    expect(await getQuote(database(), 'broken')).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.invalidRecord' } });
  });

  it('refuses to save a quote that is no longer a draft', async () => {
    expect(await saveDraft(database(), { ...draft(), status: 'queued' })).toMatchObject({ ok: false, error: { code: 'quote.notDraft' } });
    expect(await database().quotes.count()).toBe(0);
  });

  it('duplicates a quote as a new draft without number, PO or issue date, at today’s rate (R-CUR-1)', async () => {
    const source: Quote = {
      ...draft(),
      status: 'submitted',
      officialNumber: 'CQ-1',
      issueDate: '2026-01-05',
      validUntil: '2026-02-04',
      poNumber: 'PO-7',
      currency: 'DZD',
      exchange: { currency: 'DZD', perEur: 140, marginPercent: 3, date: '2025-12-01', effectiveRate: 144.2 },
    };
    await database().quotes.put(source);
    const copy = await duplicateQuote(database(), 'q1', now, 'q2', book);
    if (!copy.ok) throw new Error(copy.error.code);
    expect(copy.value).toMatchObject({ id: 'q2', status: 'draft', revision: 0, currency: 'DZD', organization: source.organization });
    expect(copy.value).not.toHaveProperty('officialNumber');
    expect(copy.value).not.toHaveProperty('poNumber');
    expect(copy.value).not.toHaveProperty('issueDate');
    expect(copy.value.exchange).toMatchObject({ perEur: book.exchange.DZD?.perEur, date: book.exchange.DZD?.date });
    expect(copy.value.lines.map((e) => e.line.product)).toEqual(['conex-books']);
    expect(copy.value.lines[0]?.id).not.toBe('l1');
    expect(await database().quotes.count()).toBe(2);
  });

  it('deletes a quote and puts it back on undo', async () => {
    await saveDraft(database(), draft());
    const removed = await deleteQuote(database(), 'q1');
    expect(await database().quotes.count()).toBe(0);
    if (!removed.ok) throw new Error('not removed');
    await restoreQuote(database(), removed.value);
    expect(await getQuote(database(), 'q1')).toEqual({ ok: true, value: draft() });
    expect(await deleteQuote(database(), 'nope')).toMatchObject({ ok: false, error: { code: 'quote.missing' } });
  });

  it('updates the PO number of a submitted quote and refuses one over 50 characters, changing nothing (R-ORD-6)', async () => {
    await database().quotes.put({ ...draft(), status: 'submitted', officialNumber: 'CQ-9' });
    const updated = await updatePoNumber(database(), 'q1', ' PO-2026-001 ', now);
    expect(updated).toMatchObject({ ok: true, value: { poNumber: 'PO-2026-001', revision: 1, status: 'submitted' } });
    const refused = await updatePoNumber(database(), 'q1', 'P'.repeat(51), now);
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'quotes:errors.poTooLong' } });
    expect((await getQuote(database(), 'q1')).ok && (await database().quotes.get('q1'))?.poNumber).toBe('PO-2026-001');
    const cleared = await updatePoNumber(database(), 'q1', '', now);
    expect(cleared.ok && cleared.value).not.toHaveProperty('poNumber');
  });

  it('Submit Order queues the draft and writes nothing else (R-ORD-4)', async () => {
    await saveDraft(database(), draft());
    const queued = await submitQuote(database(), 'q1', now);
    expect(queued).toMatchObject({ ok: true, value: { status: 'queued', revision: 1 } });
    expect(queued.ok && queued.value).not.toHaveProperty('officialNumber');
    expect(await database().quotes.count()).toBe(1);
    expect(await submitQuote(database(), 'q1', now)).toMatchObject({ ok: false, error: { code: 'quote.notDraft' } });
  });

  it('reopening a queued quote makes it a draft again; a paid order stays as it is', async () => {
    await database().quotes.bulkPut([
      { ...draft('a'), status: 'queued' },
      { ...draft('b'), status: 'paid' },
    ]);
    expect(await reopenAsDraft(database(), 'a', now)).toMatchObject({ ok: true, value: { status: 'draft' } });
    expect(await reopenAsDraft(database(), 'b', now)).toMatchObject({ ok: false, error: { code: 'quote.paid' } });
  });

  it('a full disk gives a clear message when saving a draft', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(database().quotes, 'put').mockRejectedValueOnce(new Dexie.AbortError('aborted', quota));
    const result = await saveDraft(database(), draft());
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'common:errors.storageFull' } });
  });

  it('uses the price book the API sent when it is valid, else the bundled one (R-PRICE-1)', async () => {
    expect((await loadPriceBook(database())).version).toBe(book.version);
    const newer = { ...book, version: '2026.2', products: book.products.filter((p) => p.id === 'conex-books') };
    await database().meta.put({ key: PRICE_BOOK_META_KEY, value: newer });
    expect((await loadPriceBook(database())).version).toBe('2026.2');
    await database().meta.put({ key: PRICE_BOOK_META_KEY, value: { version: 'broken' } });
    expect((await loadPriceBook(database())).version).toBe(book.version);
  });

  it('lists the licenses that can be renewed or upgraded, without evaluations', async () => {
    const base = {
      product: 'conex-books' as const,
      deployment: 'server' as const,
      tier: 'Express' as const,
      entityId: 'e1',
      serverId: 's1',
      licensee: 'Library',
      issued: '2025-01-10T00:00:00.000Z',
      maintenanceStart: '2025-01-10',
      maintenanceEnd: '2026-01-10',
      majorVersion: 9,
      createdAt: '2025-01-10T00:00:00.000Z',
      updatedAt: '2025-01-10T00:00:00.000Z',
    };
    await database().licenses.bulkAdd([
      { ...base, id: 'b', sen: 'SEN-00000002', type: 'commercial' },
      { ...base, id: 'a', sen: 'SEN-00000001', type: 'academic' },
      { ...base, id: 'e', sen: 'SEN-00000003', type: 'evaluation', evaluationEnd: '2025-01-20' },
    ]);
    expect((await listQuoteLicenses(database())).map((l) => l.id)).toEqual(['a', 'b']);
  });
});
