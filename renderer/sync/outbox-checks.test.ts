import { describe, expect, it } from 'vitest';
import { openDevice, sandboxKeyVerifier } from '../../tests/sandbox/devices';
import { call, newAccount } from '../../tests/sandbox/fixtures';
import { sandboxPerFile } from '../../tests/sandbox/per-file';
import { changeContact, contactsOf } from '../db/repos/account';
import { listSyncLog } from '../db/repos/sync-store';
import { useSyncStatus } from './status-store';
import { SyncEngine } from './sync-engine';

const epoch = Date.parse('2026-03-10T09:00:00Z');
const started = Date.now();
const now = () => new Date(epoch + (Date.now() - started));

const env = sandboxPerFile(now);
let n = 0;
const newKey = () => `key-${++n}-${Math.random().toString(36).slice(2, 10)}`;

/** A signed-in device holding one license pulled from the sandbox; `requests` lists every request it sends. */
async function deviceWithLicense() {
  const email = `checks-${++n}@example.com`;
  const token = await newAccount(env.sandbox.url, email);
  const requests: string[] = [];
  const spy: typeof fetch = (input, init) => {
    requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
    return fetch(input, init);
  };
  const device = await openDevice(env.sandbox.url, token, { now, fetch: spy });
  env.devices.push(device);
  const seeded = await call(env.sandbox.url, 'POST', '/__sandbox/licenses', { body: { email, count: 1 }, key: null });
  const sen = (seeded.body as { licenses: string[] }).licenses[0] ?? '';
  await device.engine.sync();
  const account = (await device.db.syncState.get('account'))?.value as { id: string };
  requests.length = 0;
  return { ...device, email, token, sen, accountId: account.id, requests };
}

const serverContacts = async (sen: string, token: string) =>
  ((await call(env.sandbox.url, 'GET', `/v1/licenses/${sen}/contacts`, { token })).body as { items: { email: string }[] }).items;

describe('what sync sends: every waiting change is checked first', () => {
  it('a row that does not parse as a change, names no account or another object, or holds a bad request is set aside, never sent', async () => {
    const d = await deviceWithLicense();
    const base = { idempotencyKey: newKey(), createdAt: now().toISOString(), attempts: 0, accountId: d.accountId };
    const add = (email: string) => ({ kind: 'contact.add', sen: d.sen, contact: { email, role: 'billing', primary: false } });
    await d.db.outbox.bulkAdd([
      // An account move the app never makes in this shape (an unknown kind).
      { ...base, objectId: 'account', change: { kind: 'account.takeover', email: 'evil@example.com' } as never },
      // A valid change that names no account: planted, or from a store no account ever signed in to.
      {
        ...base,
        idempotencyKey: newKey(),
        objectId: `license:${d.sen}`,
        change: add('planted@evil.example') as never,
        accountId: undefined,
      },
      // A valid change filed under another object, to jump the queue of that object's changes.
      { ...base, idempotencyKey: newKey(), objectId: 'account', change: add('jump@evil.example') as never },
      // A field too many in the request: the route's schema refuses the e-mail.
      {
        ...base,
        idempotencyKey: newKey(),
        objectId: 'account',
        change: { kind: 'account.update', update: { email: 'not an email' } } as never,
      },
      // A good one, which goes.
      { ...base, idempotencyKey: newKey(), objectId: `license:${d.sen}`, change: add('ok@univ.example') as never },
    ]);
    const outcome = await d.engine.sync();
    expect(outcome.push).toMatchObject({ confirmed: 1, setAside: 4 });
    expect(d.requests.filter((r) => !r.startsWith('GET'))).toEqual([`POST /v1/licenses/${d.sen}/contacts`]);
    const emails = (await serverContacts(d.sen, d.token)).map((c) => c.email);
    expect(emails).toContain('ok@univ.example');
    expect(emails).not.toContain('planted@evil.example');
    expect(emails).not.toContain('jump@evil.example');

    const rows = await d.db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.setAside?.reason)).toEqual(['invalid', 'noAccount', 'invalid', 'invalid']);
    expect(useSyncStatus.getState()).toMatchObject({ setAside: 4, waiting: 0 });
    const log = await listSyncLog(d.db);
    expect(log.filter((l) => l.messageKey.startsWith('sync:log.setAside')).map((l) => [l.messageKey, l.params?.what])).toEqual([
      ['sync:log.setAside.invalid', 'account.update'],
      ['sync:log.setAside.invalid', 'contact.add'],
      ['sync:log.setAside.noAccount', 'contact.add'],
      ['sync:log.setAside.invalid', 'account.takeover'],
    ]);

    // Set aside stays set aside: the next sync sends none of them.
    d.requests.length = 0;
    await d.engine.sync({ force: true });
    expect(d.requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  it('changes made here name the account signed in; another account signed in later does not send them', async () => {
    const d = await deviceWithLicense();
    await changeContact(d.db, d.sen, { kind: 'add', email: 'mine@univ.example', role: 'technical' }, { now: now(), newKey });
    expect((await d.db.outbox.toArray()).map((r) => r.accountId)).toEqual([d.accountId]);
    await d.db.syncState.put({
      key: 'account',
      value: { id: 'someone-else', email: 'x@example.com', name: '', apiUrl: env.sandbox.url, tokenStorage: 'session' },
    });
    expect((await d.engine.sync()).push).toMatchObject({ tries: 0, setAside: 0 });
    expect(await d.db.outbox.count()).toBe(1);
  });
});

describe('the crash window between the server confirming a change and the app recording it', () => {
  it('R-ACC-2 a contact added then removed: stopped right after Conex confirmed the addition, nothing is lost at the next sync', async () => {
    const d = await deviceWithLicense();
    const options = { now: now(), newKey };
    await changeContact(d.db, d.sen, { kind: 'add', email: 'temp@univ.example', role: 'billing' }, options);
    const local = (await contactsOf(d.db, d.sen)).find((c) => c.email === 'temp@univ.example');
    await changeContact(d.db, d.sen, { kind: 'remove', contactId: local?.id ?? '' }, options);

    // The app stops while it records the server's answer to the addition: once the change has left the outbox, the write
    // that gives the server's contact id to the removal waiting behind it fails, as one cut short by a closed window would
    // (a store middleware, so every way of writing is caught).
    let crashed = false;
    d.db.close();
    d.db.use({
      stack: 'dbcore',
      name: 'crash-once',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'outbox') return table;
          return {
            ...table,
            mutate: (req) => {
              if (crashed || req.type !== 'put') return table.mutate(req);
              crashed = true;
              return Promise.reject(new Error('the app stopped'));
            },
          };
        },
      }),
    });
    await d.db.open();
    await expect(d.engine.sync()).rejects.toThrow('the app stopped');
    expect(d.requests).toEqual([`POST /v1/licenses/${d.sen}/contacts`]);
    expect((await serverContacts(d.sen, d.token)).map((c) => c.email)).toContain('temp@univ.example');

    // The app starts again: a new engine on the same store.
    const restarted = new SyncEngine({
      db: d.db,
      apiUrl: () => env.sandbox.url,
      token: async () => d.token,
      now,
      timeoutMs: 2_000,
      policy: { baseMs: 10, capMs: 50 },
      verifyKey: sandboxKeyVerifier,
    });
    expect((await restarted.sync()).push).toMatchObject({ confirmed: 2, refused: 0 });
    expect((await serverContacts(d.sen, d.token)).map((c) => c.email)).not.toContain('temp@univ.example');
    expect(await d.db.outbox.count()).toBe(0);
    // The addition was applied once: its retry carried the same idempotency key.
    const changes = (await call(env.sandbox.url, 'GET', '/__sandbox/changes', { key: null })).body as {
      changes: { path?: string; method?: string }[];
    };
    expect(JSON.stringify(changes).split('temp@univ.example').length - 1).toBeLessThanOrEqual(1);
  });
});
