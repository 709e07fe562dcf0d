import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, newAccount, readySubmission } from './fixtures';
import type { FaultRule } from './faults';
import { startSandbox, type Sandbox } from './server';

const now = new Date('2026-03-10T09:00:00Z');
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ dbPath: ':memory:', now: () => now });
  token = await newAccount(sandbox.url, 'faults@example.com');
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.faults.clear());

const setFaults = (rules: Partial<FaultRule>[]) => call(sandbox.url, 'POST', '/__sandbox/faults', { body: { rules }, key: null });
const applied = async (key: string) =>
  ((await call(sandbox.url, 'GET', '/__sandbox/changes')).body as { changes: { idempotencyKey: string }[] }).changes.filter(
    (c) => c.idempotencyKey === key,
  ).length;

/** One submission with a 200 ms client timeout, as the fault suite's app uses; returns the status or the failure. */
async function submitOnce(id: string, key: string): Promise<number | 'network' | 'timeout'> {
  try {
    const res = await fetch(`${sandbox.url}/v1/quotes/${id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(readySubmission(id, now, { email: 'faults@example.com' })),
      signal: AbortSignal.timeout(200),
    });
    await res.arrayBuffer();
    return res.status;
  } catch (e) {
    return (e as Error).name === 'TimeoutError' ? 'timeout' : 'network';
  }
}

describe('fault injection, set per test through /__sandbox/faults', () => {
  it.each([
    ['drop-request', { delayMs: 400 }, 'timeout', 0],
    ['close', {}, 'network', 0],
    ['status-500', {}, 500, 0],
    ['status-503', {}, 503, 0],
    ['drop-response', {}, 'network', 1],
    ['duplicate', {}, 200, 1],
  ] as const)('%s: the client sees %s; the change is applied %s time(s)', async (kind, extra, seen, times) => {
    await setFaults([{ kind, ...extra }]);
    const key = randomUUID();
    expect(await submitOnce(`q-${kind}`, key)).toBe(seen);
    expect(await applied(key)).toBe(times);
    // The rule was used up: the same request now goes through, and is applied once in all.
    expect(await submitOnce(`q-${kind}`, key)).toBe(200);
    expect(await applied(key)).toBe(1);
  });

  it('slow: the answer comes after the client gave up, and the change is applied then', async () => {
    await setFaults([{ kind: 'slow', delayMs: 300 }]);
    const key = randomUUID();
    expect(await submitOnce('q-slow', key)).toBe('timeout');
    await new Promise((r) => setTimeout(r, 250));
    expect(await applied(key)).toBe(1);
  });

  it('a duplicated request and its retry still make one change', async () => {
    await setFaults([{ kind: 'duplicate', times: 3 }]);
    const key = randomUUID();
    for (let i = 0; i < 3; i++) expect(await submitOnce('q-dup3', key)).toBe(200);
    expect(await applied(key)).toBe(1);
  });

  it('faults match by method and path, are used in order, and are reported', async () => {
    await setFaults([
      { kind: 'status-503', methods: ['GET'], path: '/v1/licenses' },
      { kind: 'status-500', methods: ['PUT'] },
    ]);
    expect((await call(sandbox.url, 'GET', '/v1/quotes', { token })).status).toBe(200);
    expect((await call(sandbox.url, 'GET', '/v1/licenses', { token })).status).toBe(503);
    expect(await submitOnce('q-order', randomUUID())).toBe(500);
    const report = (await call(sandbox.url, 'GET', '/__sandbox/faults')).body as { pending: unknown[]; fired: { kind: string }[] };
    expect(report.pending).toEqual([]);
    expect(report.fired.map((f) => f.kind)).toEqual(['status-503', 'status-500']);
  });

  it('never hits the sandbox admin routes', async () => {
    await setFaults([{ kind: 'close', times: 5 }]);
    expect((await call(sandbox.url, 'GET', '/__sandbox/changes')).status).toBe(200);
    expect((await call(sandbox.url, 'GET', '/__sandbox/faults')).body).toMatchObject({ pending: [{ kind: 'close', times: 5 }] });
  });
});
