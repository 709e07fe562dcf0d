import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConexDb } from '../../db/database';
import { fetchInvoice } from './invoice';

let database: ConexDb;
beforeEach(async () => {
  database = new ConexDb(`invoice-test-${Math.random()}`);
  await database.open();
  await database.orders.put({
    id: 'ord-1',
    quoteId: 'q1',
    officialNumber: 'Q-2026-000001',
    invoiceNumber: 'INV-2026-000001',
    paidOn: '2026-11-25',
    total: { amount: 10000, currency: 'EUR' },
    poNumber: null,
    licenses: ['SEN-12345678'],
    updatedAt: '2026-11-25T10:00:00.000Z',
  });
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const pdfBytes = new TextEncoder().encode('%PDF-1.4 test');

describe('the paid invoice PDF (R-ORD-8)', () => {
  it('R-ORD-8 asks the Conex API for the invoice of the order that paid the quote, with the token', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      return new Response(pdfBytes, { status: 200, headers: { 'content-type': 'application/pdf' } });
    };
    const r = await fetchInvoice(
      { db: database, apiUrl: 'https://api.conex.example', token: 'tok-1234567890abcdef', fetch: fakeFetch },
      'q1',
    );
    expect(r).toMatchObject({ ok: true, invoiceNumber: 'INV-2026-000001' });
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('%PDF-1.4 test');
    expect(seen).toEqual([{ url: 'https://api.conex.example/v1/orders/ord-1/invoice.pdf', auth: 'Bearer tok-1234567890abcdef' }]);
  });

  it('R-ORD-8 shows the server refusal (not a contact of the order) as a message, and needs a sign-in and a synced order', async () => {
    const notFound: typeof fetch = async () =>
      new Response(JSON.stringify({ error: { code: 'not_found', message: 'Not found' } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    const refused = await fetchInvoice(
      { db: database, apiUrl: 'https://api.conex.example', token: 'tok-1234567890abcdef', fetch: notFound },
      'q1',
    );
    expect(refused.ok).toBe(false);
    expect(await fetchInvoice({ db: database, apiUrl: 'https://api.conex.example', token: null }, 'q1')).toEqual({
      ok: false,
      message: { messageKey: 'account:errors.signInForInvoice' },
    });
    expect(await fetchInvoice({ db: database, apiUrl: 'https://api.conex.example', token: 'x' }, 'other')).toEqual({
      ok: false,
      message: { messageKey: 'account:errors.noOrder' },
    });
  });
});
