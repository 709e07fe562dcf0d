import { describe, expect, it, vi } from 'vitest';
import { openDevice } from '../../tests/sandbox/devices';
import { call, newAccount, readyQuote } from '../../tests/sandbox/fixtures';
import { sandboxPerFile } from '../../tests/sandbox/per-file';
import { loadPriceBook, submitQuote } from '../db/repos/quotes';
import { listPendingKeys, listSyncLog } from '../db/repos/sync-store';
import { useSyncStatus } from './status-store';

const epoch = Date.parse('2026-03-10T09:00:00Z');
const started = Date.now();
const now = () => new Date(epoch + (Date.now() - started));

const env = sandboxPerFile(now);
const devices = env.devices;

let n = 0;
async function signedInDevice(options: Parameters<typeof openDevice>[2] = {}) {
  const email = `engine-${++n}@example.com`;
  const token = await newAccount(env.sandbox.url, email);
  const device = await openDevice(env.sandbox.url, token, { now, ...options });
  devices.push(device);
  return { ...device, email, token };
}

describe('sync engine against the sandbox', () => {
  it('a quote submitted offline gets its official number, issue date and validity once synced (R-ORD-4, R-ORD-5)', async () => {
    const d = await signedInDevice();
    await d.db.quotes.put({ ...readyQuote('q1', now(), { email: d.email }), status: 'draft' });
    await submitQuote(d.db, 'q1', now());
    const outcome = await d.engine.sync();
    expect(outcome.phase).toBe('idle');
    const q = await d.db.quotes.get('q1');
    expect(q).toMatchObject({
      status: 'submitted',
      officialNumber: expect.stringMatching(/^Q-2026-/),
      issueDate: '2026-03-10',
      validUntil: '2026-04-09',
    });
    expect(useSyncStatus.getState()).toMatchObject({ phase: 'idle', waiting: 0, lastError: null });
    expect(useSyncStatus.getState().lastSyncedAt).not.toBeNull();
    // The price book of the API replaces the bundled one (R-PRICE-1).
    expect((await loadPriceBook(d.db)).version).toContain('sandbox');
  });

  it('pulls incrementally: a second sync asks only for what changed since its cursor', async () => {
    const urls: string[] = [];
    const spy: typeof fetch = (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    };
    const d = await signedInDevice({ fetch: spy, pageSize: 2 });
    await call(env.sandbox.url, 'POST', '/__sandbox/licenses', { body: { email: d.email, count: 5 }, key: null });
    await d.engine.sync();
    expect(await d.db.licenses.count()).toBe(5);
    expect(urls.filter((u) => u.includes('/v1/licenses')).length).toBe(3);
    urls.length = 0;
    await d.engine.sync();
    const licenseCalls = urls.filter((u) => u.includes('/v1/licenses'));
    expect(licenseCalls).toHaveLength(1);
    expect(licenseCalls[0]).toMatch(/since=\d+/);
  });

  it('offline, signed out or without an address, it sends nothing and says why', async () => {
    let online = false;
    const d = await signedInDevice({ online: () => online });
    await d.db.quotes.put(readyQuote('q-off', now(), { email: d.email }));
    expect((await d.engine.sync()).phase).toBe('offline');
    expect(await d.db.outbox.count()).toBe(0);
    online = true;
    d.setToken(null);
    expect((await d.engine.sync()).phase).toBe('signed-out');
    const unset = await openDevice('', 'x', { now });
    devices.push(unset);
    expect((await unset.engine.sync()).phase).toBe('not-configured');
  });

  it('a key issued after payment waits for the user; the license keeps its key fields until it is applied (R-PAY-2, R-LIC-3)', async () => {
    const d = await signedInDevice();
    await d.db.quotes.put(readyQuote('q-pay', now(), { email: d.email }));
    await d.engine.sync();
    const paid = (
      await call(env.sandbox.url, 'POST', '/__sandbox/confirm-payment', {
        body: { quoteId: 'q-pay', paymentDate: '2026-03-12' },
        key: null,
      })
    ).body as {
      licenses: { sen: string; key: string }[];
    };
    const sen = paid.licenses[0]?.sen ?? '';
    const outcome = await d.engine.sync();
    expect(outcome.pull?.newKeys.map((k) => k.sen)).toEqual([sen]);
    expect(await d.db.quotes.get('q-pay')).toMatchObject({ status: 'paid' });
    expect(await d.db.orders.where('quoteId').equals('q-pay').count()).toBe(1);
    const license = await d.db.licenses.where('sen').equals(sen).first();
    expect(license).toMatchObject({ maintenanceStart: '2026-03-12', maintenanceEnd: '2027-03-12' });
    expect(license?.key).toBeUndefined();
    expect((await listPendingKeys(d.db)).map((k) => k.key)).toEqual([paid.licenses[0]?.key]);
    // The entity of the quote line was created to file the license under (R-LIC-1).
    expect((await d.db.entities.get(license?.entityId ?? ''))?.name).toBe('Main Library');
    const log = await listSyncLog(d.db);
    expect(log.some((l) => l.messageKey === 'sync:log.newKey' && l.params?.sen === sen)).toBe(true);

    // The user applies it (License Details): the prompt goes away.
    await d.db.licenses.update(license?.id ?? '', { key: paid.licenses[0]?.key });
    expect(await listPendingKeys(d.db)).toEqual([]);

    // A renewal: the new key waits; the license keeps the dates of the key it has until the user applies it.
    const renewal = readyQuote('q-renew', now(), {
      email: d.email,
      line: {
        kind: 'renewal',
        sen,
        product: 'conex-books',
        tier: 'Express',
        licenseType: 'commercial',
        currentEnd: '2027-03-12',
        years: 1,
      },
    });
    await d.db.quotes.put(renewal);
    await d.engine.sync();
    await call(env.sandbox.url, 'POST', '/__sandbox/confirm-payment', {
      body: { quoteId: 'q-renew', paymentDate: '2026-03-20' },
      key: null,
    });
    await d.engine.sync();
    expect(await d.db.licenses.where('sen').equals(sen).first()).toMatchObject({ maintenanceEnd: '2027-03-12' });
    const pending = await listPendingKeys(d.db);
    expect(pending.map((k) => k.sen)).toEqual([sen]);
  });

  it('a submission the server refuses becomes a draft again, with the reason in the log', async () => {
    const d = await signedInDevice();
    await d.db.quotes.put({ ...readyQuote('q-dzd', now(), { email: d.email }), currency: 'DZD' });
    const outcome = await d.engine.sync();
    expect(outcome.push?.refused).toBe(1);
    expect(await d.db.quotes.get('q-dzd')).toMatchObject({ status: 'draft' });
    expect(await d.db.outbox.count()).toBe(0);
    const log = await listSyncLog(d.db);
    expect(log[0]).toMatchObject({ level: 'warning', messageKey: 'sync:log.incomplete' });
    expect(log.find((l) => l.messageKey === 'sync:log.refused')?.params?.reason).toMatch(/^domain:currency\./);
    // Not sent again on the next sync.
    expect((await d.engine.sync()).push?.tries).toBe(0);
  });

  it('a token the server refuses stops the sync with a plain message, and the token appears in no log or console output', async () => {
    const d = await signedInDevice();
    const printed: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      }),
    );
    await d.db.quotes.put(readyQuote('q-auth', now(), { email: d.email }));
    const wrong = 'sbx_wrong-token-aaaaaaaaaaaaaa';
    d.setToken(wrong);
    const outcome = await d.engine.sync();
    expect(outcome.phase).toBe('error');
    expect(useSyncStatus.getState().lastError).toEqual({ messageKey: 'sync:errors.auth' });
    expect(await d.db.outbox.count()).toBe(1);
    d.setToken(d.token);
    await d.engine.sync();
    spies.forEach((s) => s.mockRestore());
    const stored = JSON.stringify([await d.db.syncLog.toArray(), await d.db.syncState.toArray(), await d.db.outbox.toArray()]);
    for (const secret of [wrong, d.token]) {
      expect(stored).not.toContain(secret);
      expect(printed.join('\n')).not.toContain(secret);
    }
  });
});
