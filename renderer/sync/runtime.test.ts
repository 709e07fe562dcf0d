import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeInput } from '../../shared/api';
import { changeSchema } from '../../shared/api';
import { enqueueChanges } from '../db/repos/outbox';
import { storePerTest } from '../test/store';
import { retryDelayMs, runSync, SYNC_INTERVAL_MS } from './runtime';
import { SyncEngine } from './sync-engine';

const API = 'https://api.test.example';
const database = storePerTest('runtime-retry');

/** The requests a failing Conex API got: every one answered 500. */
function failingApi() {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    urls.push(`${init?.method ?? 'GET'} ${String(input).replace(API, '')}`);
    return new Response(JSON.stringify({ error: { code: 'server', message: 'down' } }), { status: 500 });
  };
  return {
    fetch,
    /** Tries of the waiting contact changes. */
    contactTries: () => urls.filter((u) => u.includes('/contacts')).length,
    /** Full syncs: each one asks for the price book. */
    syncs: () => urls.filter((u) => u.includes('/v1/price-book')).length,
  };
}

const contactAdd: ChangeInput = { kind: 'contact.add', sen: 'SEN-12345678', contact: { email: 'a@example.com', role: 'billing' } };
const contactRemove: ChangeInput = { kind: 'contact.remove', sen: 'SEN-12345678', contactId: 'c-1' };

let stop: (() => void) | undefined;
beforeEach(async () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: Date.parse('2026-06-01T09:00:00Z'),
  });
  vi.stubGlobal('__CONEX_API_URL__', API);
  await database().syncState.put({
    key: 'account',
    value: { id: 'acc-1', email: 'a@example.com', name: '', apiUrl: API, tokenStorage: 'session' },
  });
  await enqueueChanges(database(), [changeSchema.parse(contactAdd), changeSchema.parse(contactRemove)], new Date(), () =>
    crypto.randomUUID(),
  );
});
afterEach(async () => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Starts the app's sync loop on an engine that talks to `api`, with no jitter (each wait is half its ceiling). */
function start(api: ReturnType<typeof failingApi>): SyncEngine {
  const engine = new SyncEngine({
    db: database(),
    apiUrl: () => API,
    token: async () => 'tok-aaaaaaaaaaaaaaaa',
    fetch: api.fetch,
    random: () => 0,
  });
  stop = runSync(engine);
  return engine;
}

/** Lets `ms` of fake time pass, a second at a time, letting each sync that starts finish (the store answers on real ticks). */
async function pass(engine: SyncEngine, ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 1_000) {
    await vi.advanceTimersByTimeAsync(1_000);
    await engine.settled();
    await new Promise((resolve) => setImmediate(resolve));
    await engine.settled();
  }
}

describe('retry scheduling', () => {
  it('a change waiting behind a failing one does not start a sync every second: each try waits for its backoff', async () => {
    const api = failingApi();
    const engine = start(api);
    await pass(engine, 10 * 60_000);
    // Waits of 1, 2, 4 … 128 s, then 150 s (half the 5-minute cap): 11 tries in 10 minutes, the change behind never sent first.
    expect(api.contactTries()).toBeGreaterThanOrEqual(9);
    expect(api.contactTries()).toBeLessThanOrEqual(11);
    // A sync per try, plus the regular one every 5 minutes: nowhere near one a second.
    expect(api.syncs()).toBeLessThanOrEqual(api.contactTries() + 3);
    const rows = await database().outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.attempts)).toEqual([api.contactTries(), 0]);
  });

  it('the clock set back a year neither bursts nor holds the change for a year: the retry time is clamped to the backoff cap', async () => {
    const api = failingApi();
    const engine = start(api);
    await pass(engine, 20_000);
    const before = { tries: api.contactTries(), syncs: api.syncs() };
    vi.setSystemTime(Date.now() - 365 * 24 * 3_600_000);
    await pass(engine, 11 * 60_000);
    // The stored retry time is now a year ahead: the next sync clamps it to 5 minutes, so the change goes again within
    // two intervals, at its backoff's pace; no timer is set a year ahead (past 2^31-1 ms it would fire at once, again and again).
    const tries = api.contactTries() - before.tries;
    expect(tries).toBeGreaterThanOrEqual(1);
    expect(tries).toBeLessThanOrEqual(4);
    expect(api.syncs() - before.syncs).toBeLessThanOrEqual(tries + 4);
    const head = (await database().outbox.orderBy('seq').first())?.nextAttemptAt ?? '';
    expect(Date.parse(head) - Date.now()).toBeLessThanOrEqual(5 * 60_000);
  });

  it('the clock set forward a year tries the change once, then keeps to its backoff', async () => {
    const api = failingApi();
    const engine = start(api);
    await pass(engine, 20_000);
    const before = { tries: api.contactTries(), syncs: api.syncs() };
    vi.setSystemTime(Date.now() + 365 * 24 * 3_600_000);
    await pass(engine, 60_000);
    expect(api.contactTries() - before.tries).toBeLessThanOrEqual(3);
    expect(api.syncs() - before.syncs).toBeLessThanOrEqual(6);
  });

  it('a timer is never set past the regular interval, so a far-off time cannot overflow it (2^31-1 ms) into a burst', () => {
    const now = Date.parse('2026-06-01T09:00:00Z');
    expect(retryDelayMs(new Date(now + 400 * 24 * 3_600_000), now)).toBe(SYNC_INTERVAL_MS);
    expect(retryDelayMs(new Date(Number.NaN), now)).toBe(SYNC_INTERVAL_MS);
    expect(retryDelayMs(new Date(now - 5_000), now)).toBe(1_000);
    expect(retryDelayMs(new Date(now + 4_000), now)).toBe(4_000);
  });
});
