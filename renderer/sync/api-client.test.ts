import { describe, expect, it } from 'vitest';
import { createApiClient, isRetryable } from './api-client';
import { failureMessage } from './messages';

const TOKEN = 'sbx_secret-token-value-123456';
const account = { id: 'acc_1', email: 'a@example.com', name: 'A', publicityOptOut: false };

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn: typeof fetch = async (input, init = {}) => {
    calls.push({ url: String(input), init });
    return respond(String(input), init);
  };
  return { fn, calls };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('Conex API client', () => {
  it('sends the token, the idempotency key and If-Match, and validates the answer', async () => {
    const { fn, calls } = fakeFetch(() => json(200, account));
    const client = createApiClient({ baseUrl: 'https://api.example.com/', token: TOKEN, fetch: fn });
    const r = await client.call('updateAccount', { body: { name: 'A' }, idempotencyKey: 'key-12345678' });
    expect(r).toMatchObject({ ok: true, value: account });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(calls[0]?.url).toBe('https://api.example.com/v1/account');
    expect(headers).toMatchObject({
      Authorization: `Bearer ${TOKEN}`,
      'Idempotency-Key': 'key-12345678',
      'Content-Type': 'application/json',
    });
  });

  it('fills path parameters and feed cursors', async () => {
    const { fn, calls } = fakeFetch(() => json(200, { items: [], cursor: '7', more: false }));
    const client = createApiClient({ baseUrl: 'https://api.example.com', token: TOKEN, fetch: fn });
    await client.call('listLicenses', { query: { since: '5', limit: 100 } });
    await client.call('deleteQuote', { params: { id: 'q-2026.1' }, idempotencyKey: 'key-12345678', ifMatch: 3 });
    expect(calls[0]?.url).toBe('https://api.example.com/v1/licenses?since=5&limit=100');
    expect(calls[1]?.url).toBe('https://api.example.com/v1/quotes/q-2026.1');
    expect((calls[1]?.init.headers as Record<string, string>)['If-Match']).toBe('"3"');
  });

  it('checks every request against its route before sending: a body or path that does not match is never sent', async () => {
    const { fn, calls } = fakeFetch(() => json(200, account));
    const client = createApiClient({ baseUrl: 'https://api.example.com', token: TOKEN, fetch: fn });
    const refused = { ok: false, failure: { kind: 'bad-request' } };
    // A body the route's schema refuses: an email that is not one, a field the contract does not have.
    expect(await client.call('updateAccount', { body: { email: 'not-an-email' }, idempotencyKey: 'key-12345678' })).toEqual(refused);
    expect(await client.call('addContact', { params: { sen: 'SEN-12345678' }, body: { role: 'billing' } as never })).toEqual(refused);
    // A body on a route that takes none; a path parameter that would leave its segment.
    expect(await client.call('removeContact', { params: { sen: 'SEN-12345678', contactId: 'c1' }, body: {} as never })).toEqual(refused);
    expect(await client.call('deleteQuote', { params: { id: '../account' }, idempotencyKey: 'key-12345678' })).toEqual(refused);
    expect(await client.call('deleteQuote', { params: {}, idempotencyKey: 'key-12345678' })).toEqual(refused);
    expect(calls).toEqual([]);
    expect(failureMessage({ kind: 'bad-request' })).toEqual({ messageKey: 'sync:errors.badRequest' });
    // What is sent is the parsed body: defaults filled in.
    await client.call('addContact', { params: { sen: 'SEN-12345678' }, body: { email: 'b@example.com', role: 'billing' } });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ email: 'b@example.com', role: 'billing', primary: false });
  });

  it('never sends the token to the sign-in route, which takes it in the body', async () => {
    const { fn, calls } = fakeFetch(() => json(200, { account }));
    const client = createApiClient({ baseUrl: 'https://api.example.com', token: TOKEN, fetch: fn });
    await client.call('signIn', { body: { email: 'a@example.com', token: TOKEN } });
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('an answer that does not match the contract is "invalid", never trusted', async () => {
    const { fn } = fakeFetch(() => json(200, { id: 1 }));
    const r = await createApiClient({ baseUrl: 'https://x.example', fetch: fn }).call('getAccount');
    expect(r).toEqual({ ok: false, failure: { kind: 'invalid', status: 200 } });
  });

  it('gives up after the timeout', async () => {
    const fn: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const r = await createApiClient({ baseUrl: 'https://x.example', fetch: fn, timeoutMs: 20 }).call('getAccount');
    expect(r).toEqual({ ok: false, failure: { kind: 'timeout' } });
  });

  it('a failed connection is "network", and says nothing of the request', async () => {
    const fn: typeof fetch = async () => {
      throw new TypeError(`fetch failed for Bearer ${TOKEN}`);
    };
    const r = await createApiClient({ baseUrl: 'https://x.example', token: TOKEN, fetch: fn }).call('getAccount');
    expect(r).toEqual({ ok: false, failure: { kind: 'network' } });
    expect(JSON.stringify(r)).not.toContain(TOKEN);
  });

  it('reads error answers: code, message key, Retry-After; 304 is "not modified"', async () => {
    const { fn } = fakeFetch((url) =>
      url.endsWith('/price-book')
        ? new Response(null, { status: 304 })
        : json(503, { error: { code: 'unavailable', message: 'busy' } }, { 'Retry-After': '2' }),
    );
    const client = createApiClient({ baseUrl: 'https://x.example', fetch: fn });
    expect(await client.call('getPriceBook', { ifNoneMatch: '"v1"' })).toEqual({ ok: false, failure: { kind: 'not-modified' } });
    const r = await client.call('getAccount');
    expect(r).toMatchObject({ ok: false, failure: { kind: 'http', status: 503, code: 'unavailable', retryAfterMs: 2000 } });
  });

  it('downloads a PDF and refuses bytes that are not one', async () => {
    const { fn } = fakeFetch((url) => new Response(url.includes('good') ? '%PDF-1.4 …' : '<html>', { status: 200 }));
    const client = createApiClient({ baseUrl: 'https://x.example', fetch: fn });
    expect((await client.pdf('getQuotePdf', { id: 'good' })).ok).toBe(true);
    expect(await client.pdf('getInvoicePdf', { id: 'bad' })).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
  });
});

describe('what may be retried, in plain words', () => {
  it('retries connection trouble, timeouts, server errors and a key in progress; not a refusal', () => {
    expect(isRetryable({ kind: 'network' })).toBe(true);
    expect(isRetryable({ kind: 'timeout' })).toBe(true);
    expect(isRetryable({ kind: 'http', status: 500 })).toBe(true);
    expect(isRetryable({ kind: 'http', status: 409, code: 'idempotency.inProgress' })).toBe(true);
    expect(isRetryable({ kind: 'http', status: 409, code: 'conflict' })).toBe(false);
    expect(isRetryable({ kind: 'http', status: 422, code: 'pricing' })).toBe(false);
  });

  it('names each failure with a sync message, or the domain message the server gave', () => {
    expect(failureMessage({ kind: 'network' }).messageKey).toBe('sync:errors.network');
    expect(failureMessage({ kind: 'http', status: 401 }).messageKey).toBe('sync:errors.auth');
    expect(failureMessage({ kind: 'http', status: 502 })).toEqual({ messageKey: 'sync:errors.server', params: { status: 502 } });
    expect(failureMessage({ kind: 'http', status: 422, messageKey: 'domain:currency.notAllowed', params: { currency: 'DZD' } })).toEqual({
      messageKey: 'domain:currency.notAllowed',
      params: { currency: 'DZD' },
    });
    // A key from elsewhere is not shown as is.
    expect(failureMessage({ kind: 'http', status: 422, messageKey: '<script>' }).messageKey).toBe('sync:errors.refused');
  });
});
