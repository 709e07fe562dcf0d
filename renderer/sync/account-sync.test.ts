import { describe, expect, it } from 'vitest';
import { openDevice } from '../../tests/sandbox/devices';
import { call, newAccount } from '../../tests/sandbox/fixtures';
import { sandboxPerFile } from '../../tests/sandbox/per-file';
import { storedLinks } from '../features/account/conex-links';
import { changeContact, contactsOf, saveProfile } from '../db/repos/account';
import { consentRequestsOf, recordConsentRequest } from '../db/repos/consent';
import { getSyncState, listPendingKeys, setSyncState } from '../db/repos/sync-store';
import { closeAccount, signIn, signOut } from './session';
import { checkConsentDocument, emptyProfile } from '../../shared/account';

const epoch = Date.parse('2026-03-10T09:00:00Z');
const started = Date.now();
const now = () => new Date(epoch + (Date.now() - started));

const env = sandboxPerFile(now);
let n = 0;
const newKey = () => `key-${++n}-${Math.random().toString(36).slice(2, 10)}`;

/** A signed-in device holding `count` licenses of `entity` (pulled from the sandbox). */
async function deviceWithLicenses(entity = 'Main Library', count = 1) {
  const email = `account-${++n}@example.com`;
  const token = await newAccount(env.sandbox.url, email);
  const device = await openDevice(env.sandbox.url, token, { now });
  env.devices.push(device);
  const seeded = await call(env.sandbox.url, 'POST', '/__sandbox/licenses', { body: { email, entity, count }, key: null });
  const sens = (seeded.body as { licenses: string[] }).licenses;
  await device.engine.sync();
  const licenses = await device.db.licenses.where('sen').anyOf(sens).sortBy('sen');
  if (licenses.length !== count) throw new Error('the licenses were not pulled');
  const license = licenses[0] as (typeof licenses)[number];
  return { ...device, email, token, sen: license.sen, license, licenses };
}
const deviceWithLicense = (entity?: string) => deviceWithLicenses(entity);

const signedForm = (() => {
  const r = checkConsentDocument({ name: 'consent-signed.pdf', data: new TextEncoder().encode('%PDF-1.7 signed by the dean') });
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();

const serverContacts = async (sen: string, token: string) =>
  (
    (await call(env.sandbox.url, 'GET', `/v1/licenses/${sen}/contacts`, { token })).body as {
      items: { id: string; email: string; role: string; primary: boolean }[];
    }
  ).items;

describe('Consent To Assign through sync (R-LIC-6)', () => {
  it('R-LIC-6 the request and its signed form go to Conex; the licenses move only when Conex confirms, each with a new key naming the entity', async () => {
    const d = await deviceWithLicenses('Main Library', 2);
    const form = { toEntity: 'Faculté de Médecine', signatoryEmail: 'dean@univ.example', reason: 'Budget moved' };
    const recorded = await recordConsentRequest(d.db, d.licenses, form, signedForm, { now: now(), newId: newKey });
    const id = recorded.ok ? recorded.value.id : '';
    await d.engine.sync();
    expect((await d.db.consentRequests.get(id))?.status).toBe('sent');
    const entityBefore = d.license.entityId;
    expect((await d.db.licenses.bulkGet(d.licenses.map((l) => l.id))).map((l) => l?.entityId)).toEqual([entityBefore, entityBefore]);
    const changes = (await call(env.sandbox.url, 'GET', '/__sandbox/changes')).body as {
      changes: { kind: string; object: string; detail: string }[];
    };
    const sent = changes.changes.filter((c) => c.kind === 'consent.request' && c.object === id);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.detail ?? '{}')).toMatchObject({
      sens: d.licenses.map((l) => l.sen),
      document: { name: 'consent-signed.pdf', mediaType: 'application/pdf', bytes: signedForm.size },
    });

    // Another sync before Conex decides: nothing moves, nothing is sent twice.
    await d.engine.sync();
    expect((await d.db.licenses.get(d.license.id))?.entityId).toBe(entityBefore);

    const decided = await call(env.sandbox.url, 'POST', '/__sandbox/consent-decision', { body: { id, decision: 'confirmed' }, key: null });
    expect(decided.status).toBe(200);
    await d.engine.sync();
    const moved = await d.db.licenses.bulkGet(d.licenses.map((l) => l.id));
    expect(new Set(moved.map((l) => l?.entityId)).size).toBe(1);
    expect((await d.db.entities.get(moved[0]?.entityId ?? ''))?.name).toBe('Faculté de Médecine');
    expect((await consentRequestsOf(d.db, d.license.id))[0]).toMatchObject({ status: 'confirmed' });
    // The key names its entity (R-LIC-1): Conex's new ones wait to be applied in License Details.
    expect((await listPendingKeys(d.db)).map((k) => k.sen).sort()).toEqual(d.licenses.map((l) => l.sen));
  });

  it('R-LIC-6 a declined request leaves the license and shows Conex’s note; a request for a license of another account is refused', async () => {
    const d = await deviceWithLicense();
    const r = await recordConsentRequest(
      d.db,
      [d.license],
      { toEntity: 'Campus', signatoryEmail: 'it@univ.example', reason: '' },
      signedForm,
      {
        now: now(),
        newId: newKey,
      },
    );
    const id = r.ok ? r.value.id : '';
    await d.engine.sync();
    await call(env.sandbox.url, 'POST', '/__sandbox/consent-decision', {
      body: { id, decision: 'declined', note: 'The form is not signed.' },
      key: null,
    });
    await d.engine.sync();
    expect(await d.db.consentRequests.get(id)).toMatchObject({ status: 'declined', note: 'The form is not signed.' });
    expect((await d.db.licenses.get(d.license.id))?.entityId).toBe(d.license.entityId);

    const other = await deviceWithLicense();
    const foreign = await recordConsentRequest(
      other.db,
      [{ ...other.license, sen: d.sen }],
      { toEntity: 'Elsewhere', signatoryEmail: 'x@example.com', reason: '' },
      signedForm,
      { now: now(), newId: newKey },
    );
    const foreignId = foreign.ok ? foreign.value.id : '';
    await other.engine.sync();
    expect(await other.db.consentRequests.get(foreignId)).toMatchObject({ status: 'refused', errorKey: 'sync:errors.refused' });
    expect(await other.db.outbox.count()).toBe(0);
  });
});

describe('contacts and account through sync (R-ACC-1, R-ACC-2)', () => {
  it('R-ACC-2 a contact added offline and made primary at once reaches Conex as primary, and takes the server’s id here', async () => {
    const d = await deviceWithLicense();
    const options = { now: now(), newKey };
    await changeContact(d.db, d.sen, { kind: 'add', email: 'it@univ.example', role: 'technical' }, options);
    const local = (await contactsOf(d.db, d.sen)).find((c) => c.email === 'it@univ.example');
    expect(local?.id).toMatch(/^local-/);
    await changeContact(d.db, d.sen, { kind: 'primary', contactId: local?.id ?? '' }, options);
    const outcome = await d.engine.sync();
    expect(outcome.push).toMatchObject({ confirmed: 2, refused: 0 });
    const onServer = await serverContacts(d.sen, d.token);
    const added = onServer.find((c) => c.email === 'it@univ.example');
    expect(added).toMatchObject({ role: 'technical', primary: true });
    expect((await contactsOf(d.db, d.sen)).find((c) => c.email === 'it@univ.example')?.id).toBe(added?.id);
  });

  it('R-ACC-2 a contact added and removed before a sync is removed on the server too, by its server id', async () => {
    const d = await deviceWithLicense();
    const options = { now: now(), newKey };
    await changeContact(d.db, d.sen, { kind: 'add', email: 'temp@univ.example', role: 'billing' }, options);
    const local = (await contactsOf(d.db, d.sen)).find((c) => c.email === 'temp@univ.example');
    await changeContact(d.db, d.sen, { kind: 'remove', contactId: local?.id ?? '' }, options);
    expect((await d.engine.sync()).push).toMatchObject({ confirmed: 2, refused: 0 });
    expect((await serverContacts(d.sen, d.token)).map((c) => c.email)).not.toContain('temp@univ.example');
  });

  it('R-ACC-1 changing the account email keeps the licenses, and the signed-in account follows the new email', async () => {
    const d = await deviceWithLicense();
    await setSyncState(d.db, 'account', { id: 'x', email: d.email, name: '', apiUrl: env.sandbox.url, tokenStorage: 'session' });
    const profile = { ...emptyProfile(d.email, now()), email: `renamed-${n}@example.com` };
    expect((await saveProfile(d.db, profile, { now: now(), newKey, signedIn: true })).ok).toBe(true);
    await d.engine.sync();
    expect(await getSyncState(d.db, 'account')).toMatchObject({ email: profile.email });
    expect((await serverContacts(d.sen, d.token)).every((c) => c.email === profile.email)).toBe(true);
    // Conex still shows the license to the renamed account.
    const feed = (await call(env.sandbox.url, 'GET', '/v1/licenses', { token: d.token })).body as { items: { sen: string }[] };
    expect(feed.items.map((l) => l.sen)).toContain(d.sen);
  });

  it('a links answer that fails keeps the last links and does not stop the feeds', async () => {
    const d = await deviceWithLicense();
    const before = await storedLinks(d.db);
    await call(env.sandbox.url, 'POST', '/__sandbox/licenses', { body: { email: d.email }, key: null });
    env.sandbox.faults.set([{ kind: 'status-500', path: '/v1/links', times: 1, delayMs: 0 }]);
    const outcome = await d.engine.sync();
    expect(outcome.pull).toMatchObject({ licenses: 1 });
    expect(await storedLinks(d.db)).toEqual(before);
    expect(env.sandbox.faults.fired.map((f) => f.url)).toContain('/v1/links');
  });

  it('keeps the links Conex’s API names, so the app opens no address of its own', async () => {
    const d = await deviceWithLicense();
    const links = await storedLinks(d.db);
    expect(links?.payQuote).toContain('{number}');
    expect(Object.values(links ?? {}).every((u) => u.startsWith('https://'))).toBe(true);
  });
});

describe('closing the account at Conex (R-ACC-3)', () => {
  const closeDeps = (d: Awaited<ReturnType<typeof deviceWithLicense>>, secrets: Map<string, string>) => ({
    db: d.db,
    secrets: {
      get: async (k: string) => secrets.get(k) ?? null,
      set: async (k: string, v: string) => (secrets.set(k, v), { encrypted: false }),
      delete: async (k: string) => void secrets.delete(k),
    },
    apiUrl: env.sandbox.url,
    now,
    newKey,
  });

  it('R-ACC-3 Conex refuses while a license needs the account, naming it; once others are contacts it closes and the token stops working', async () => {
    const d = await deviceWithLicense();
    const secrets = new Map<string, string>();
    const deps = closeDeps(d, secrets);
    expect((await signIn(deps, d.email, d.token)).ok).toBe(true);

    const refused = await closeAccount(deps);
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'account:errors.closeBlocked', params: { count: 1, sens: d.sen } } });
    expect(await getSyncState(d.db, 'account')).toMatchObject({ email: d.email });

    for (const role of ['billing', 'technical'] as const)
      await call(env.sandbox.url, 'POST', `/v1/licenses/${d.sen}/contacts`, {
        token: d.token,
        body: { email: `${role}@univ.example`, role },
      });
    expect(await closeAccount(deps)).toEqual({ ok: true, value: d.email });
    expect(await getSyncState(d.db, 'account')).toBeUndefined();
    expect(secrets.size).toBe(0);
    // The token no longer signs in.
    expect((await call(env.sandbox.url, 'GET', '/v1/licenses', { token: d.token })).status).toBe(401);
    // A new account may take the email again: the closed one holds nothing any more.
    expect((await call(env.sandbox.url, 'POST', '/__sandbox/accounts', { body: { email: d.email }, key: null })).status).toBe(200);
    // Everything on this computer stays.
    expect(await d.db.licenses.get(d.license.id)).toBeDefined();
  });

  it('R-ACC-3 without a connection nothing is closed and the user is told why', async () => {
    const d = await deviceWithLicense();
    const secrets = new Map<string, string>();
    const deps = closeDeps(d, secrets);
    expect((await signIn(deps, d.email, d.token)).ok).toBe(true);
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await closeAccount({ ...deps, fetch: offline })).toMatchObject({ ok: false, error: { messageKey: 'sync:errors.network' } });
    expect(await getSyncState(d.db, 'account')).toMatchObject({ email: d.email });
  });
});

describe('two accounts on one computer (R-ORD-8)', () => {
  const memory = () => {
    const values = new Map<string, string>();
    return {
      get: async (k: string) => values.get(k) ?? null,
      set: async (k: string, v: string) => (values.set(k, v), { encrypted: false }),
      delete: async (k: string) => void values.delete(k),
    };
  };

  it('R-ORD-8 changes left waiting by one account are not sent by the next to sign in, but when the first comes back', async () => {
    const d = await deviceWithLicense();
    const secrets = memory();
    const deps = { db: d.db, secrets, apiUrl: env.sandbox.url, now, newKey };
    expect((await signIn(deps, d.email, d.token)).ok).toBe(true);
    await changeContact(d.db, d.sen, { kind: 'add', email: 'left-behind@univ.example', role: 'technical' }, { now: now(), newKey });
    await signOut(deps);

    const otherEmail = `next-${n}@example.com`;
    const otherToken = await newAccount(env.sandbox.url, otherEmail);
    expect((await signIn(deps, otherEmail, otherToken)).ok).toBe(true);
    d.setToken(otherToken);
    const asOther = await d.engine.sync();
    expect(asOther.push).toMatchObject({ tries: 0 });
    expect(await d.db.outbox.count()).toBe(1);
    expect((await serverContacts(d.sen, d.token)).map((c) => c.email)).not.toContain('left-behind@univ.example');

    await signOut(deps);
    expect((await signIn(deps, d.email, d.token)).ok).toBe(true);
    d.setToken(d.token);
    expect((await d.engine.sync()).push).toMatchObject({ confirmed: 1 });
    expect((await serverContacts(d.sen, d.token)).map((c) => c.email)).toContain('left-behind@univ.example');
  });
});
