import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiQuoteSchema, licenseFeedSchema, quoteFeedSchema, type ApiLicense, type ApiQuote } from '../../shared/api';
import { verifyKey } from '../../shared/keys/verify';
import { bundledPriceBook } from '../../shared/pricing/bundled';
import { priceQuote } from '../../shared/pricing/price-quote';
import { sandboxTrustedKeys, testVerifier } from '../fixtures/keys';
import { call, newAccount, readySubmission } from './fixtures';
import { startSandbox, type Sandbox } from './server';

const now = new Date('2026-03-10T09:00:00Z');
let dir: string;
let sandbox: Sandbox;
let url: string;
let alice: string;
let bob: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-sandbox-test-'));
  sandbox = await startSandbox({ dbPath: join(dir, 'state.sqlite'), fresh: true, now: () => now });
  url = sandbox.url;
  alice = await newAccount(url, 'alice@example.com');
  bob = await newAccount(url, 'bob@example.com');
});
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

const submit = (id: string, token = alice, options: { key?: string; ifMatch?: number; email?: string } = {}) =>
  call(url, 'PUT', `/v1/quotes/${id}`, {
    token,
    body: readySubmission(id, now, { email: options.email ?? 'alice@example.com' }),
    ...options,
  });

describe('sign-in', () => {
  it('accepts the account email with its API token, refuses a wrong one, and needs a token on every other route', async () => {
    expect((await call(url, 'POST', '/v1/session', { body: { email: 'ALICE@example.com', token: alice }, key: null })).status).toBe(200);
    expect((await call(url, 'POST', '/v1/session', { body: { email: 'bob@example.com', token: alice }, key: null })).status).toBe(401);
    expect((await call(url, 'GET', '/v1/licenses')).status).toBe(401);
    expect((await call(url, 'GET', '/v1/licenses', { token: 'sbx_not-a-real-token-000' })).status).toBe(401);
  });
});

describe('quotes', () => {
  it('a submitted quote gets an official number, today as issue date and 30 days of validity, priced by the domain (R-ORD-4, R-ORD-5)', async () => {
    const r = await submit('quote-a');
    expect(r.status).toBe(200);
    const q = apiQuoteSchema.parse(r.body);
    expect(q.officialNumber).toMatch(/^Q-2026-\d{6}$/);
    expect(q.issueDate).toBe('2026-03-10');
    expect(q.validUntil).toBe('2026-04-09');
    const book = bundledPriceBook();
    if (!book.ok) throw new Error('book');
    const priced = priceQuote(
      q.submission.lines.map((e) => e.line),
      book.value,
      { currency: 'EUR', country: 'FR', now },
    );
    expect(priced.ok && q.totals.net).toEqual(priced.ok ? priced.value.totals.net : null);
  });

  it('applies a change once per Idempotency-Key: a repeat gets the first answer, another body with the key is refused', async () => {
    const first = await submit('quote-b', alice, { key: 'key-quote-b-0001' });
    const again = await submit('quote-b', alice, { key: 'key-quote-b-0001' });
    expect(again.body).toEqual(first.body);
    const changes = (await call(url, 'GET', '/__sandbox/changes')).body as { changes: { idempotencyKey: string }[] };
    expect(changes.changes.filter((c) => c.idempotencyKey === 'key-quote-b-0001')).toHaveLength(1);
    const other = await call(url, 'PUT', '/v1/quotes/quote-b/po', { token: alice, body: { poNumber: 'PO-1' }, key: 'key-quote-b-0001' });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ error: { code: 'idempotency.mismatch' } });
  });

  it('refuses a change without an Idempotency-Key', async () => {
    const r = await call(url, 'PUT', '/v1/quotes/quote-b/po', { token: alice, body: { poNumber: 'PO-1' }, key: null });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 'idempotency.missing' } });
  });

  it('a change made on an older revision answers 409 with the server version (R-ORD-6)', async () => {
    const q = apiQuoteSchema.parse((await submit('quote-c')).body);
    const po = await call(url, 'PUT', '/v1/quotes/quote-c/po', { token: alice, body: { poNumber: 'PO-77' }, ifMatch: q.revision });
    expect(apiQuoteSchema.parse(po.body)).toMatchObject({ poNumber: 'PO-77', revision: q.revision + 1 });
    const stale = await call(url, 'PUT', '/v1/quotes/quote-c/po', { token: alice, body: { poNumber: 'PO-OLD' }, ifMatch: q.revision });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'conflict' }, current: { poNumber: 'PO-77' } });
  });

  it('a quote that cannot be priced is refused with the domain message: DZD outside Algeria (R-CUR-1)', async () => {
    const body = { ...readySubmission('quote-bad', now), currency: 'DZD' };
    const r = await call(url, 'PUT', '/v1/quotes/quote-bad', { token: alice, body });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ error: { code: 'pricing', messageKey: expect.stringMatching(/^domain:currency\./) } });
  });

  it('refuses a malformed submission', async () => {
    const body = readySubmission('quote-bad', now, {
      line: { kind: 'new', product: 'conex-books', tier: 'Nope' as never, licenseType: 'commercial' },
    });
    const r = await call(url, 'PUT', '/v1/quotes/quote-bad', { token: alice, body });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 'validation' } });
  });

  it('deletes a quote (a tombstone in the feed) but never a paid order (R-ORD-7)', async () => {
    await submit('quote-d');
    const del = await call(url, 'DELETE', '/v1/quotes/quote-d', { token: alice });
    expect(del.body).toMatchObject({ id: 'quote-d', deleted: true });
    const feed = quoteFeedSchema.parse((await call(url, 'GET', '/v1/quotes', { token: alice })).body);
    expect(feed.items.find((i) => i.id === 'quote-d')).toMatchObject({ deleted: true });
    await submit('quote-e');
    await call(url, 'POST', '/__sandbox/confirm-payment', { body: { quoteId: 'quote-e' }, key: null });
    expect((await call(url, 'DELETE', '/v1/quotes/quote-e', { token: alice })).status).toBe(409);
  });

  it('serves the quote as a PDF', async () => {
    const r = await call(url, 'GET', '/v1/quotes/quote-a/pdf', { token: alice });
    expect(r.status).toBe(200);
    expect(new TextDecoder().decode((r.body as Uint8Array).slice(0, 5))).toBe('%PDF-');
  });
});

describe('only contacts see orders and licenses (R-ORD-8)', () => {
  it('another account gets 404 for every quote, order and license of Alice, and its lists leave them out', async () => {
    await submit('quote-private');
    const paid = (await call(url, 'POST', '/__sandbox/confirm-payment', { body: { quoteId: 'quote-private' }, key: null })).body as {
      order: { id: string };
      licenses: { sen: string }[];
    };
    const sen = paid.licenses[0]?.sen ?? '';
    for (const [method, path, body] of [
      ['PUT', '/v1/quotes/quote-private/po', { poNumber: 'MINE' }],
      ['DELETE', '/v1/quotes/quote-private', undefined],
      ['GET', '/v1/quotes/quote-private/pdf', undefined],
      ['PUT', '/v1/quotes/quote-private', readySubmission('quote-private', now, { email: 'bob@example.com' })],
      ['GET', `/v1/orders/${paid.order.id}/invoice.pdf`, undefined],
      ['GET', `/v1/licenses/${sen}/contacts`, undefined],
      ['POST', `/v1/licenses/${sen}/contacts`, { email: 'bob@example.com', role: 'billing' }],
    ] as const) {
      const r = await call(url, method, path, { token: bob, ...(body ? { body } : {}) });
      expect(r.status, `${method} ${path}`).toBe(404);
    }
    const licenses = licenseFeedSchema.parse((await call(url, 'GET', '/v1/licenses', { token: bob })).body);
    expect(licenses.items.map((l) => l.sen)).not.toContain(sen);
    const quotes = quoteFeedSchema.parse((await call(url, 'GET', '/v1/quotes', { token: bob })).body);
    expect(quotes.items.map((q) => q.id)).not.toContain('quote-private');
    const orders = (await call(url, 'GET', '/v1/orders', { token: bob })).body as { items: unknown[] };
    expect(orders.items).toEqual([]);
    // Alice still sees all of it, and the quote was not changed by Bob's tries.
    const mine = quoteFeedSchema.parse((await call(url, 'GET', '/v1/quotes', { token: alice })).body);
    expect(mine.items.find((q) => q.id === 'quote-private')).toMatchObject({ status: 'paid', poNumber: null });
  });
});

describe('payment confirmation issues keys (R-PAY-2)', () => {
  const licenseOf = async (sen: string): Promise<ApiLicense> => {
    const feed = licenseFeedSchema.parse((await call(url, 'GET', '/v1/licenses', { token: alice })).body);
    const found = feed.items.find((l) => l.sen === sen);
    if (!found) throw new Error(`no ${sen}`);
    return found;
  };

  it('a new license starts its maintenance on the payment date, with a key the sandbox build trusts (R-MAINT-2)', async () => {
    await submit('quote-new');
    const r = (
      await call(url, 'POST', '/__sandbox/confirm-payment', { body: { quoteId: 'quote-new', paymentDate: '2026-03-15' }, key: null })
    ).body as { licenses: { sen: string }[]; order: { paidOn: string; invoiceNumber: string } };
    expect(r.order).toMatchObject({ paidOn: '2026-03-15', invoiceNumber: expect.stringMatching(/^INV-2026-/) });
    const license = await licenseOf(r.licenses[0]?.sen ?? '');
    expect(license).toMatchObject({
      maintenanceStart: '2026-03-15',
      maintenanceEnd: '2027-03-15',
      tier: 'Express',
      entity: 'Main Library',
    });
    const verified = await verifyKey(license.key, { trustedKeys: sandboxTrustedKeys(), verifier: testVerifier });
    expect(verified.ok && verified.value.sandbox).toBe(true);
    expect(verified.ok && verified.value.payload).toMatchObject({
      sen: license.sen,
      maintenanceStart: '2026-03-15',
      maintenanceEnd: '2027-03-15',
    });
  });

  it('a renewal paid early starts at the previous expiry (R-MAINT-4); an upgrade runs 12 months from payment (R-MAINT-3)', async () => {
    const seeded = (
      await call(url, 'POST', '/__sandbox/licenses', {
        body: { email: 'alice@example.com', count: 2, tier: 'Express', maintenanceEnd: '2026-09-01' },
        key: null,
      })
    ).body as { licenses: string[] };
    const [renewed = '', upgraded = ''] = seeded.licenses;
    const renew = readySubmission('quote-renew', now, {
      email: 'alice@example.com',
      line: {
        kind: 'renewal',
        sen: renewed,
        product: 'conex-books',
        tier: 'Express',
        licenseType: 'commercial',
        currentEnd: '2026-09-01',
        years: 1,
      },
    });
    await call(url, 'PUT', '/v1/quotes/quote-renew', { token: alice, body: renew });
    await call(url, 'POST', '/__sandbox/confirm-payment', { body: { quoteId: 'quote-renew', paymentDate: '2026-03-20' }, key: null });
    expect(await licenseOf(renewed)).toMatchObject({ maintenanceStart: '2026-09-01', maintenanceEnd: '2027-09-01' });

    const upgrade = readySubmission('quote-upgrade', now, {
      email: 'alice@example.com',
      line: { kind: 'upgrade', sen: upgraded, product: 'conex-books', from: 'Express', to: 'Professional', licenseType: 'commercial' },
    });
    await call(url, 'PUT', '/v1/quotes/quote-upgrade', { token: alice, body: upgrade });
    await call(url, 'POST', '/__sandbox/confirm-payment', { body: { quoteId: 'quote-upgrade', paymentDate: '2026-03-20' }, key: null });
    expect(await licenseOf(upgraded)).toMatchObject({ tier: 'Professional', maintenanceStart: '2026-03-20', maintenanceEnd: '2027-03-20' });
  });
});

describe('evaluation keys (R-EVAL-1, R-EVAL-2)', () => {
  it('R-EVAL-1 issues a signed key of the highest tier that ends 10 days after it is issued, to the minute, seen by the account that asked', async () => {
    const body = {
      product: 'conex-books',
      deployment: 'server',
      entity: 'Main Library',
      country: 'FR',
      serverId: 'SRV-E',
      licensee: 'Uni',
    };
    const r = await call(url, 'POST', '/v1/evaluations', { token: alice, body });
    expect(r.status).toBe(200);
    const license = r.body as ApiLicense;
    const verified = await verifyKey(license.key, { trustedKeys: sandboxTrustedKeys(), verifier: testVerifier });
    expect(verified.ok && verified.value.payload).toMatchObject({
      type: 'evaluation',
      tier: 'Enterprise',
      entity: 'Main Library',
      evaluationEndsAt: '2026-03-20T09:00:00.000Z',
    });
    const feed = licenseFeedSchema.parse((await call(url, 'GET', '/v1/licenses', { token: alice })).body);
    expect(feed.items.map((l) => l.sen)).toContain(license.sen);
    expect((await call(url, 'POST', '/v1/evaluations', { token: alice, body: { ...body, serverId: '' } })).status).toBe(400);
  });
});

describe('contacts (R-ACC-2) and the account (R-ACC-1)', () => {
  it('adds a contact by email, makes it primary, refuses a duplicate and the removal of the last of a role', async () => {
    const sen = (
      (await call(url, 'POST', '/__sandbox/licenses', { body: { email: 'alice@example.com' }, key: null })).body as { licenses: string[] }
    ).licenses[0] as string;
    const added = await call(url, 'POST', `/v1/licenses/${sen}/contacts`, {
      token: alice,
      body: { email: 'it@example.com', role: 'technical' },
    });
    expect(added.body).toMatchObject({ email: 'it@example.com', role: 'technical', primary: false });
    const id = (added.body as { id: string }).id;
    const dup = await call(url, 'POST', `/v1/licenses/${sen}/contacts`, {
      token: alice,
      body: { email: 'IT@example.com', role: 'technical' },
    });
    expect(dup.body).toMatchObject({ error: { code: 'contacts.duplicate' } });
    const primary = await call(url, 'PUT', `/v1/licenses/${sen}/contacts/${id}/primary`, { token: alice });
    const list = (primary.body as { items: { id: string; role: string; primary: boolean }[] }).items;
    expect(list.filter((c) => c.role === 'technical' && c.primary).map((c) => c.id)).toEqual([id]);
    const billing = list.find((c) => c.role === 'billing');
    const last = await call(url, 'DELETE', `/v1/licenses/${sen}/contacts/${billing?.id}`, { token: alice });
    expect(last.body).toMatchObject({ error: { code: 'contacts.lastOfRole' } });
    expect((await call(url, 'DELETE', `/v1/licenses/${sen}/contacts/${id}`, { token: alice })).status).toBe(204);
  });

  it('changing the account email carries the licenses over (R-ACC-1)', async () => {
    const token = await newAccount(url, 'carol@example.com');
    await call(url, 'POST', '/__sandbox/licenses', { body: { email: 'carol@example.com', count: 2 }, key: null });
    const changed = await call(url, 'PUT', '/v1/account', { token, body: { email: 'carol.new@example.com' } });
    expect(changed.body).toMatchObject({ email: 'carol.new@example.com' });
    const feed = licenseFeedSchema.parse((await call(url, 'GET', '/v1/licenses', { token })).body);
    expect(feed.items).toHaveLength(2);
    expect(feed.items.every((l) => l.contacts.every((c) => c.email === 'carol.new@example.com'))).toBe(true);
  });
});

describe('feeds, price book and restarts', () => {
  it('pages a feed with its cursor and says when more waits', async () => {
    const token = await newAccount(url, 'dave@example.com');
    await call(url, 'POST', '/__sandbox/licenses', { body: { email: 'dave@example.com', count: 5 }, key: null });
    const first = licenseFeedSchema.parse((await call(url, 'GET', '/v1/licenses?limit=3', { token })).body);
    expect(first).toMatchObject({ more: true });
    expect(first.items).toHaveLength(3);
    const second = licenseFeedSchema.parse((await call(url, 'GET', `/v1/licenses?limit=3&since=${first.cursor}`, { token })).body);
    expect(second.more).toBe(false);
    expect(second.items).toHaveLength(2);
    const none = licenseFeedSchema.parse((await call(url, 'GET', `/v1/licenses?since=${second.cursor}`, { token })).body);
    expect(none.items).toEqual([]);
  });

  it('answers 304 for the price book version the app already has (R-PRICE-1)', async () => {
    const first = await call(url, 'GET', '/v1/price-book', { token: alice });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toContain('sandbox');
    expect((await call(url, 'GET', '/v1/price-book', { token: alice, headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('keeps its state in SQLite across a restart', async () => {
    const path = join(dir, 'restart.sqlite');
    const first = await startSandbox({ dbPath: path, fresh: true, now: () => now });
    const token = await newAccount(first.url, 'erin@example.com');
    const q = await call(first.url, 'PUT', '/v1/quotes/kept', { token, body: readySubmission('kept', now, { email: 'erin@example.com' }) });
    await first.close();
    const second = await startSandbox({ dbPath: path, now: () => now });
    const feed = quoteFeedSchema.parse((await call(second.url, 'GET', '/v1/quotes', { token })).body);
    expect(feed.items[0]).toMatchObject({ id: 'kept', officialNumber: (q.body as ApiQuote).officialNumber });
    await second.close();
  });
});
