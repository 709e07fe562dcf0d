/** Quotes and a small HTTP helper for the sandbox's tests, the fault suite and the benchmarks. */
import { randomUUID } from 'node:crypto';
import { submissionOf } from '../../shared/api';
import { parsePriceBook } from '../../shared/pricing/price-book';
import type { QuoteLineInput } from '../../shared/pricing/quote-lines';
import { newDraft, type Quote } from '../../shared/quote';
// With the import attribute, so Playwright's loader reads it too (shared/pricing/bundled.ts has none).
import bookFile from '../../resources/price-book.json' with { type: 'json' };

const book = (() => {
  const b = parsePriceBook(bookFile);
  if (!b.ok) throw new Error('The bundled price book is invalid');
  return b.value;
})();

/** A quote ready to submit: one new Express license, billing and technical contacts (`email` for both), step 3 filled. */
export function readyQuote(id: string, now: Date, patch: Partial<Quote> & { email?: string; line?: QuoteLineInput } = {}): Quote {
  const {
    email = 'buyer@example.com',
    line = { kind: 'new', product: 'conex-books', tier: 'Express', licenseType: 'commercial', years: 1 },
    ...rest
  } = patch;
  return {
    ...newDraft(id, now, 'en', book),
    lines: [{ id: `${id}-1`, line: line as Quote['lines'][number]['line'], entity: { id: 'ent-1', name: 'Main Library' } }],
    contacts: [
      { email, role: 'billing' },
      { email, role: 'technical' },
    ],
    organization: { licensee: 'Université Exemple', name: 'Université Exemple', address: '1 rue des Lilas, Paris', country: 'FR' },
    paymentChoice: 'quote',
    status: 'queued',
    ...rest,
  };
}

/** The submission of `readyQuote(...)`. */
export function readySubmission(id: string, now: Date, patch: Parameters<typeof readyQuote>[2] = {}) {
  return submissionOf(readyQuote(id, now, patch));
}

export interface Reply {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One request to the sandbox; a changing request gets a fresh Idempotency-Key unless `key` is given. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string | null; ifMatch?: number; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && options.key !== null) headers['idempotency-key'] = options.key ?? randomUUID();
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : new Uint8Array(await res.arrayBuffer());
  return { status: res.status, body, headers: res.headers };
}

/** Creates a test account and returns its token. */
export async function newAccount(base: string, email: string): Promise<string> {
  const r = await call(base, 'POST', '/__sandbox/accounts', { body: { email, name: email.split('@')[0] }, key: null });
  if (r.status !== 200) throw new Error(`account ${email}: ${r.status}`);
  return (r.body as { token: string }).token;
}
