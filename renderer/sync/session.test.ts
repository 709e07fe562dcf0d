import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount, readyQuote } from '../../tests/sandbox/fixtures';
import { startSandbox, type Sandbox } from '../../tests/sandbox/server';
import { ConexDb } from '../db/database';
import { getSyncState, listSyncLog, setSyncState } from '../db/repos/sync-store';
import {
  currentAccount,
  currentToken,
  signedInAccount,
  signIn,
  signOut,
  signOutIfAddressChanged,
  TOKEN_SECRET_KEY,
  type Secrets,
} from './session';

let sandbox: Sandbox;
let database: ConexDb;
beforeAll(async () => {
  sandbox = await startSandbox({ dbPath: ':memory:' });
  database = new ConexDb(`session-${Math.random()}`);
  await database.open();
});
afterAll(async () => {
  database.close();
  await Dexie.delete(database.name);
  await sandbox.close();
});

/** The web build's behaviour: a session-only store, not encrypted. */
function memorySecrets(encrypted = false): Secrets & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: async (k) => values.get(k) ?? null,
    set: async (k, v) => {
      values.set(k, v);
      return { encrypted };
    },
    delete: async (k) => {
      values.delete(k);
    },
  };
}

const deps = (secrets: Secrets) => ({ db: database, secrets, apiUrl: sandbox.url, now: () => new Date() });

describe('sign-in with account email and API token', () => {
  it('refuses a malformed email or token before asking the server', async () => {
    expect(await signIn(deps(memorySecrets()), 'not-an-email', 'sbx_aaaaaaaaaaaaaaaaaaaa')).toMatchObject({
      ok: false,
      error: { messageKey: 'sync:signIn.invalidEmail' },
    });
    expect(await signIn(deps(memorySecrets()), 'a@example.com', 'short')).toMatchObject({
      ok: false,
      error: { messageKey: 'sync:signIn.invalidToken' },
    });
  });

  it('refuses a token the server does not know, and keeps nothing', async () => {
    const secrets = memorySecrets();
    const r = await signIn(deps(secrets), 'nobody@example.com', 'sbx_unknown-token-aaaaaaaa');
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'sync:signIn.refused' } });
    expect(secrets.values.size).toBe(0);
    expect(await currentAccount(database)).toBeUndefined();
  });

  it('says so when the server cannot be reached', async () => {
    const r = await signIn({ ...deps(memorySecrets()), apiUrl: 'http://127.0.0.1:9' }, 'a@example.com', 'sbx_aaaaaaaaaaaaaaaaaaaa');
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'sync:errors.network' } });
  });

  it('keeps the token in the secret store (encrypted on the desktop), the account in the store, and never logs the token', async () => {
    const token = await newAccount(sandbox.url, 'signin@example.com');
    const secrets = memorySecrets(true);
    const r = await signIn(deps(secrets), ' signin@example.com ', token);
    expect(r.ok).toBe(true);
    expect(secrets.values.get(TOKEN_SECRET_KEY)).toBe(token);
    expect(await currentAccount(database)).toMatchObject({ email: 'signin@example.com', tokenStorage: 'encrypted', apiUrl: sandbox.url });
    expect(await currentToken(database, secrets, sandbox.url)).toBe(token);
    const log = JSON.stringify(await listSyncLog(database));
    expect(log).toContain('sync:log.signedIn');
    expect(log).not.toContain(token);

    await signOut({ db: database, secrets, now: () => new Date() });
    expect(secrets.values.size).toBe(0);
    expect(await currentToken(database, secrets, sandbox.url)).toBeNull();
  });

  it('signing in as another account starts the pull from scratch', async () => {
    const first = await newAccount(sandbox.url, 'first@example.com');
    const second = await newAccount(sandbox.url, 'second@example.com');
    const secrets = memorySecrets();
    await signIn(deps(secrets), 'first@example.com', first);
    await setSyncState(database, 'cursor.licenses', '42');
    await signIn(deps(secrets), 'first@example.com', first);
    expect(await getSyncState(database, 'cursor.licenses')).toBe('42');
    await signIn(deps(secrets), 'second@example.com', second);
    expect(await getSyncState(database, 'cursor.licenses')).toBeUndefined();
  });

  it('R-ORD-8 another account signing in on this computer sees none of the orders and quotes of the one before; drafts made here stay', async () => {
    const alice = await newAccount(sandbox.url, 'alice-orders@example.com');
    const bob = await newAccount(sandbox.url, 'bob-orders@example.com');
    const secrets = memorySecrets();
    const stamp = '2026-03-10T09:00:00.000Z';
    await signIn(deps(secrets), 'alice-orders@example.com', alice);
    const paid = { ...readyQuote('q-paid', new Date(stamp), { email: 'alice-orders@example.com' }), status: 'paid' as const };
    await database.quotes.bulkPut([paid, { ...readyQuote('q-draft', new Date(stamp)), status: 'draft' as const }]);
    await database.orders.put({
      id: 'ord-1',
      quoteId: 'q-paid',
      officialNumber: 'Q-2026-000001',
      invoiceNumber: 'INV-2026-000001',
      paidOn: '2026-03-10',
      total: { amount: 1, currency: 'EUR' },
      poNumber: null,
      licenses: [],
      updatedAt: stamp,
    });
    await signOut(deps(secrets));
    // The same account again keeps everything.
    await signIn(deps(secrets), 'alice-orders@example.com', alice);
    expect(await database.orders.count()).toBe(1);
    await signOut(deps(secrets));

    await signIn(deps(secrets), 'bob-orders@example.com', bob);
    expect(await database.orders.count()).toBe(0);
    expect((await database.quotes.toArray()).map((q) => q.id)).toEqual(['q-draft']);
  });
});

describe('the API token is bound to the address it was issued for', () => {
  it('another address gets no token, and signs out first with a message that names both addresses', async () => {
    const token = await newAccount(sandbox.url, 'bound@example.com');
    const secrets = memorySecrets();
    await signIn(deps(secrets), 'bound@example.com', token);
    const elsewhere = 'https://api.elsewhere.example';
    expect(await currentToken(database, secrets, elsewhere)).toBeNull();
    expect(await signOutIfAddressChanged(deps(secrets), sandbox.url)).toBeNull();
    expect(await currentToken(database, secrets, sandbox.url)).toBe(token);

    const message = await signOutIfAddressChanged(deps(secrets), elsewhere);
    expect(message).toEqual({
      messageKey: 'sync:log.signedOutAddress',
      params: { email: 'bound@example.com', from: sandbox.url, to: elsewhere },
    });
    expect(await currentAccount(database)).toBeUndefined();
    expect(secrets.values.size).toBe(0);
    expect((await listSyncLog(database))[0]).toMatchObject({ level: 'warning', messageKey: 'sync:log.signedOutAddress' });
  });
});

describe('one answer to “am I signed in?”', () => {
  it('on the web, a reopened browser keeps the account’s record but not its token: nobody is signed in, and signing in again needs no sign-out and keeps that account’s data', async () => {
    const token = await newAccount(sandbox.url, 'reopened@example.com');
    const before = memorySecrets();
    await signIn(deps(before), 'reopened@example.com', token);
    expect(await signedInAccount(database, before, sandbox.url)).toMatchObject({ email: 'reopened@example.com' });
    await setSyncState(database, 'cursor.licenses', '7');

    // The browser is closed and opened again: sessionStorage is empty, IndexedDB is not.
    const reopened = memorySecrets();
    expect(await currentAccount(database)).toMatchObject({ email: 'reopened@example.com' });
    expect(await signedInAccount(database, reopened, sandbox.url)).toBeUndefined();

    expect((await signIn(deps(reopened), 'reopened@example.com', token)).ok).toBe(true);
    expect(await signedInAccount(database, reopened, sandbox.url)).toMatchObject({ email: 'reopened@example.com' });
    expect(await getSyncState(database, 'cursor.licenses')).toBe('7');
  });

  it('a token for another address is no sign-in either', async () => {
    const token = await newAccount(sandbox.url, 'address@example.com');
    const secrets = memorySecrets();
    await signIn(deps(secrets), 'address@example.com', token);
    expect(await signedInAccount(database, secrets, 'https://api.elsewhere.example')).toBeUndefined();
  });
});
