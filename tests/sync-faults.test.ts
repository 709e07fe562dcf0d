/**
 * The sync under every network fault: a series of changes made offline (quotes
 * submitted, POs changed, a quote deleted, contacts added), an app restart, then
 * the network heals while the sandbox injects faults. Afterwards the server
 * must hold each change exactly once and the app the server's state. Prints
 * the figures: changes sent, lost (must be 0), duplicated (must be 0).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licenseFeedSchema, quoteFeedSchema, type ApiQuote } from '../shared/api';
import { ConexDb } from '../renderer/db/database';
import { deleteQuote, updatePoNumber } from '../renderer/db/repos/quotes';
import { SyncEngine } from '../renderer/sync/sync-engine';
import { sandboxKeyVerifier, signInLocally } from './sandbox/devices';
import { call, newAccount, readyQuote } from './sandbox/fixtures';
import { FAULT_KINDS, type FaultRule } from './sandbox/faults';
import { startSandbox, type Sandbox } from './sandbox/server';

const TIMEOUT_MS = 200;
const start = Date.now();
const epoch = Date.parse('2026-03-10T09:00:00Z');
/** A clock that runs, from a fixed day, so prices and dates do not depend on when the suite runs. */
const now = () => new Date(epoch + (Date.now() - start));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ dbPath: ':memory:', now });
});
afterAll(() => sandbox.close());

interface Figures {
  fault: string;
  sent: number;
  lost: number;
  duplicated: number;
  tries: number;
}
const figures: Figures[] = [];
afterAll(() => {
  const total = figures.reduce((t, f) => ({ sent: t.sent + f.sent, lost: t.lost + f.lost, duplicated: t.duplicated + f.duplicated }), {
    sent: 0,
    lost: 0,
    duplicated: 0,
  });
  console.log(
    [
      'sync fault suite: changes sent / lost / duplicated',
      ...figures.map((f) => `  ${f.fault.padEnd(60)} sent ${f.sent}, lost ${f.lost}, duplicated ${f.duplicated} (${f.tries} requests)`),
    ].join('\n') + `\n  TOTAL ${figures.length} scenarios: sent ${total.sent}, lost ${total.lost}, duplicated ${total.duplicated}`,
  );
});

let run = 0;
let seed = 1;
/** A small seeded random for the jitter, so a failing run can be replayed. */
function seededRandom(s: number): () => number {
  let x = s || 1;
  return () => {
    x = (x * 48271) % 2147483647;
    return (x - 1) / 2147483646;
  };
}

function engineFor(database: ConexDb, token: string): SyncEngine {
  return new SyncEngine({
    db: database,
    apiUrl: () => sandbox.url,
    token: async () => token,
    now,
    random: seededRandom(seed++),
    timeoutMs: TIMEOUT_MS,
    policy: { baseMs: 10, capMs: 60 },
    pageSize: 5,
    verifyKey: sandboxKeyVerifier,
  });
}

/** Every idempotency key the app queued so far. */
async function keysOf(database: ConexDb, into: Set<string>): Promise<void> {
  for (const row of await database.outbox.toArray()) into.add(row.idempotencyKey);
}

/** Runs one scenario under `rules`; returns the figures and checks the end state. */
async function scenario(label: string, rules: Partial<FaultRule>[]): Promise<Figures> {
  const n = ++run;
  const email = `faults-${n}@example.com`;
  const token = await newAccount(sandbox.url, email);
  const [sen = ''] = (
    (await call(sandbox.url, 'POST', '/__sandbox/licenses', { body: { email }, key: null })).body as { licenses: string[] }
  ).licenses;
  const name = `sync-faults-${n}`;
  let database = new ConexDb(name);
  await database.open();
  await signInLocally(database, sandbox.url, `account-${n}`);
  let engine = engineFor(database, token);
  const sent = new Set<string>();

  // Online: three quotes submitted and numbered.
  for (let i = 0; i < 3; i++) await database.quotes.put(readyQuote(`q${n}-${i}`, now(), { email }));
  await engine.reconcile();
  await keysOf(database, sent);
  await engine.sync();
  expect(await database.outbox.count()).toBe(0);

  // Offline: new quotes, PO changes (each its own change), a deletion, contacts.
  for (let i = 3; i < 5; i++) await database.quotes.put(readyQuote(`q${n}-${i}`, now(), { email }));
  for (const po of ['PO-A', 'PO-B']) {
    for (const i of [0, 1]) {
      await updatePoNumber(database, `q${n}-${i}`, `${po}-${i}`, now());
      await engine.reconcile();
      await keysOf(database, sent);
    }
  }
  await deleteQuote(database, `q${n}-2`);
  await engine.reconcile();
  await engine.enqueue({ kind: 'contact.add', sen, contact: { email: `it-${n}@example.com`, role: 'technical' } });
  await engine.enqueue({ kind: 'contact.add', sen, contact: { email: `pay-${n}@example.com`, role: 'billing' } });
  await keysOf(database, sent);

  // The app restarts: the outbox is still there.
  const waiting = await database.outbox.count();
  database.close();
  database = new ConexDb(name);
  await database.open();
  expect(await database.outbox.count()).toBe(waiting);
  engine = engineFor(database, token);

  // The network heals, with faults.
  await call(sandbox.url, 'POST', '/__sandbox/faults', { body: { rules }, key: null });
  let tries = 0;
  for (let i = 0; i < 80; i++) {
    const outcome = await engine.sync();
    tries += outcome.push?.tries ?? 0;
    const pending = ((await call(sandbox.url, 'GET', '/__sandbox/faults')).body as { pending: unknown[] }).pending.length;
    if ((await database.outbox.count()) === 0 && pending === 0 && outcome.phase === 'idle') break;
    await sleep(30);
  }
  await call(sandbox.url, 'DELETE', '/__sandbox/faults', { key: null });
  await sleep(450); // let a slow request still sleeping on the server finish
  await engine.sync();
  expect(await database.outbox.count()).toBe(0);

  // Exactly once: every queued change took effect once on the server.
  const log = (
    (await call(sandbox.url, 'GET', '/__sandbox/changes')).body as { changes: { idempotencyKey: string | null; account: string }[] }
  ).changes;
  const effects = new Map<string, number>();
  for (const c of log) if (c.idempotencyKey) effects.set(c.idempotencyKey, (effects.get(c.idempotencyKey) ?? 0) + 1);
  const lost = [...sent].filter((k) => !effects.has(k)).length;
  const duplicated = [...sent].reduce((d, k) => d + Math.max(0, (effects.get(k) ?? 0) - 1), 0);

  // The app holds the server's state.
  const serverQuotes = quoteFeedSchema.parse((await call(sandbox.url, 'GET', '/v1/quotes', { token })).body).items;
  const live = serverQuotes.filter((q): q is ApiQuote => !q.deleted);
  const local = await database.quotes.toArray();
  expect(local.map((q) => q.id).sort()).toEqual(live.map((q) => q.id).sort());
  for (const q of live) {
    expect(
      local.find((l) => l.id === q.id),
      q.id,
    ).toMatchObject({ status: q.status, officialNumber: q.officialNumber, ...(q.poNumber ? { poNumber: q.poNumber } : {}) });
  }
  expect(live.find((q) => q.id === `q${n}-0`)?.poNumber).toBe('PO-B-0');
  expect(serverQuotes.find((q) => q.id === `q${n}-2`)).toMatchObject({ deleted: true });
  const serverLicense = licenseFeedSchema.parse((await call(sandbox.url, 'GET', '/v1/licenses', { token })).body).items[0];
  expect((await database.licenseContacts.get(sen))?.contacts).toEqual(serverLicense?.contacts);
  expect(serverLicense?.contacts.map((c) => c.email).sort()).toEqual([email, email, `it-${n}@example.com`, `pay-${n}@example.com`].sort());
  expect(await database.syncConflicts.count()).toBe(0);

  database.close();
  await Dexie.delete(name);
  const result = { fault: label, sent: sent.size, lost, duplicated, tries };
  figures.push(result);
  return result;
}

describe('sync under network faults: each change reaches the server exactly once', () => {
  it('without faults', async () => {
    expect(await scenario('none', [])).toMatchObject({ lost: 0, duplicated: 0 });
  });

  it.each(FAULT_KINDS)('%s on the first requests of every kind', async (kind) => {
    const rules: Partial<FaultRule>[] = [
      { kind, times: 2, methods: ['PUT'], delayMs: 400 },
      { kind, times: 1, methods: ['POST', 'DELETE'], delayMs: 400 },
      { kind, times: 1, methods: ['GET'], delayMs: 400 },
    ];
    expect(await scenario(kind, rules)).toMatchObject({ lost: 0, duplicated: 0 });
  });

  it('random mixes of faults (fast-check)', async () => {
    const rule = fc.record({
      kind: fc.constantFrom(...FAULT_KINDS),
      times: fc.integer({ min: 1, max: 2 }),
      methods: fc.option(fc.subarray(['GET', 'POST', 'PUT', 'DELETE'] as const, { minLength: 1 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { minLength: 1, maxLength: 6 }), async (rules) => {
        const label = `mix: ${rules.map((r) => `${r.kind}x${r.times}`).join(', ')}`;
        const result = await scenario(
          label,
          rules.map((r) => ({ ...r, delayMs: 400 })),
        );
        expect(result.lost).toBe(0);
        expect(result.duplicated).toBe(0);
      }),
      { numRuns: 10, seed: 8 },
    );
  });
});
