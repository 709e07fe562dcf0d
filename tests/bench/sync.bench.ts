import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type * as ApiClientModule from '../../renderer/sync/api-client';
import type * as DatabaseModule from '../../renderer/db/database';
import type * as OutboxModule from '../../renderer/db/repos/outbox';
import type * as SyncStoreModule from '../../renderer/db/repos/sync-store';
import type * as PullModule from '../../renderer/sync/pull';
import type * as PushModule from '../../renderer/sync/push';
import type * as CryptoModule from '../../renderer/lib/ed25519-webcrypto';
import type * as VerifyModule from '../../shared/keys/verify';
import type * as TrustModule from '../../shared/keys/trust';
import { call, newAccount } from '../sandbox/fixtures';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { launchChromium, serveSource } from './browser';
import { sandboxPublicFile } from '../fixtures/keys';
import { ratio, type Benchmark } from './harness';

/**
 * Issue 8: the sync client in Chromium (the app's own modules through a Vite dev
 * server) against the Conex API sandbox in this process:
 * - pushing 1,000 queued changes (contacts added to 100 licenses) vs the same
 *   1,000 fetch calls and 1,000 IndexedDB writes done raw;
 * - pulling 10,000 licenses vs fetching the same pages raw, verifying each key's
 *   signature with WebCrypto raw, and writing the same rows raw to IndexedDB (license, contacts, waiting key: stores with the app's
 *   indexes), one transaction a page.
 * Subject and baseline alternate, each run on a fresh store; medians reported.
 */
const RUNS = 3;
const PUSH_COUNT = 1000;
const PULL_COUNT = 10_000;
const GOAL = 1.5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function withPage<T>(run: (page: Page, sandbox: Sandbox) => Promise<T>): Promise<T> {
  const server = await serveSource();
  // The sandbox answers web pages from the app's own origins only: here, the dev server's.
  const sandbox = await startSandbox({ dbPath: ':memory:', appOrigins: [new URL(server.url).origin] });
  const browser = await launchChromium();
  try {
    // The dev server's page has the production CSP (https only); the sandbox is plain http on 127.0.0.1, as in the sandbox build.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    // tsx keeps function names with an `__name` helper the serialized page functions do not carry.
    await page.evaluate('window.__name = (f) => f');
    return await run(page, sandbox);
  } finally {
    await browser.close();
    await server.close();
    await sandbox.close();
  }
}

/** The app's push of `count` queued contact additions over `sens`, timed in the page. */
function pushInPage(page: Page, args: { api: string; token: string; sens: string[]; count: number; tag: string }): Promise<number> {
  return page.evaluate(async ({ api, token, sens, count, tag }) => {
    const paths = ['/db/database.ts', '/db/repos/outbox.ts', '/sync/push.ts', '/sync/api-client.ts', '/db/repos/sync-store.ts'];
    const dbMod = (await import(/* @vite-ignore */ paths[0] as string)) as typeof DatabaseModule;
    const outbox = (await import(/* @vite-ignore */ paths[1] as string)) as typeof OutboxModule;
    const pushMod = (await import(/* @vite-ignore */ paths[2] as string)) as typeof PushModule;
    const clientMod = (await import(/* @vite-ignore */ paths[3] as string)) as typeof ApiClientModule;
    const syncStore = (await import(/* @vite-ignore */ paths[4] as string)) as typeof SyncStoreModule;
    const database = new dbMod.ConexDb(`bench-push-${tag}`);
    await database.open();
    // Changes are queued for, and sent by, the signed-in account only (the app writes it at sign-in).
    const accountId = 'bench-account';
    await syncStore.setSyncState(database, 'account', {
      id: accountId,
      email: 'bench-push@example.com',
      name: 'Bench',
      apiUrl: api,
      tokenStorage: 'session',
    });
    const changes = Array.from({ length: count }, (_, i) => ({
      kind: 'contact.add' as const,
      sen: sens[i % sens.length] as string,
      contact: { email: `${tag}-${i}@example.com`, role: 'technical' as const, primary: false },
    }));
    await outbox.enqueueChanges(database, changes, new Date(), () => crypto.randomUUID());
    const client = clientMod.createApiClient({ baseUrl: api, token });
    const t0 = performance.now();
    const report = await pushMod.push({
      db: database,
      client,
      accountId,
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      random: Math.random,
      policy: { baseMs: 1000, capMs: 1000 },
      log: async () => {},
    });
    const ms = performance.now() - t0;
    if (report.confirmed !== count)
      throw new Error(`push confirmed ${report.confirmed} of ${count}: ${JSON.stringify(report).slice(0, 600)}`);
    database.close();
    return ms;
  }, args);
}

/** The same requests and as many IndexedDB writes, done raw. */
function rawPushInPage(page: Page, args: { api: string; token: string; sens: string[]; count: number; tag: string }): Promise<number> {
  return page.evaluate(async ({ api, token, sens, count, tag }) => {
    const idb: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open(`raw-push-${tag}`, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const res = await fetch(`${api}/v1/licenses/${sens[i % sens.length]}/contacts`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ email: `${tag}-${i}@example.com`, role: 'technical', primary: false }),
      });
      if (!res.ok) throw new Error(`raw push ${res.status}`);
      const body: unknown = await res.json();
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('outbox', 'readwrite');
        tx.objectStore('outbox').put({ seq: i + 1, body });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const ms = performance.now() - t0;
    idb.close();
    return ms;
  }, args);
}

function pullInPage(page: Page, args: { api: string; token: string; tag: string }): Promise<{ ms: number; licenses: number }> {
  return page.evaluate(
    async ({ api, token, tag, root }) => {
      const paths = ['/db/database.ts', '/sync/pull.ts', '/sync/api-client.ts'];
      // Pulled keys are checked as the sandbox build checks them: with its test key, by the browser's WebCrypto.
      const fs = (path: string) => `/@fs${root}/${path}`;
      const verifyMod = (await import(/* @vite-ignore */ fs('shared/keys/verify.ts'))) as typeof VerifyModule;
      const trustMod = (await import(/* @vite-ignore */ fs('shared/keys/trust.ts'))) as typeof TrustModule;
      const cryptoMod = (await import(/* @vite-ignore */ fs('renderer/lib/ed25519-webcrypto.ts'))) as typeof CryptoModule;
      const sandboxKey = (await import(/* @vite-ignore */ fs('tests/sandbox/keys/sandbox-test-only.public.json'))) as { default: unknown };
      const trustedKeys = trustMod.buildTrustedKeySet({ sandboxKeyFile: sandboxKey.default });
      const verifyKey = (key: string) => verifyMod.verifyKey(key, { trustedKeys, verifier: cryptoMod.webCryptoEd25519Verifier });
      const dbMod = (await import(/* @vite-ignore */ paths[0] as string)) as typeof DatabaseModule;
      const pullMod = (await import(/* @vite-ignore */ paths[1] as string)) as typeof PullModule;
      const clientMod = (await import(/* @vite-ignore */ paths[2] as string)) as typeof ApiClientModule;
      const database = new dbMod.ConexDb(`bench-pull-${tag}`);
      await database.open();
      const client = clientMod.createApiClient({ baseUrl: api, token, timeoutMs: 60_000 });
      const t0 = performance.now();
      const report = await pullMod.pull({
        db: database,
        client,
        now: () => new Date(),
        newId: () => crypto.randomUUID(),
        verifyKey,
        pageSize: 1000,
      });
      const ms = performance.now() - t0;
      if (report.failure) throw new Error(`pull failed: ${report.failure.kind}`);
      const licenses = await database.licenses.count();
      database.close();
      return { ms, licenses };
    },
    { ...args, root: join(import.meta.dirname, '..', '..') },
  );
}

function rawPullInPage(
  page: Page,
  args: { api: string; token: string; tag: string; sandboxPublicKey: string },
): Promise<{ ms: number; licenses: number }> {
  return page.evaluate(async ({ api, token, tag, sandboxPublicKey }) => {
    const idb: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open(`raw-pull-${tag}`, 1);
      // The same stores and indexes the app writes a pulled license to: the license, its contacts, its waiting key.
      req.onupgradeneeded = () => {
        const licenses = req.result.createObjectStore('licenses', { keyPath: 'id' });
        licenses.createIndex('sen', 'sen', { unique: true });
        for (const field of ['entityId', 'product', 'type', 'maintenanceEnd', 'updatedAt']) licenses.createIndex(field, field);
        req.result.createObjectStore('contacts', { keyPath: 'sen' });
        req.result.createObjectStore('pending', { keyPath: 'sen' }).createIndex('licenseId', 'licenseId');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    // The app checks each pulled key's signature before storing it; the raw side does the same with WebCrypto directly.
    const b64 = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const publicKey = await crypto.subtle.importKey('raw', b64(sandboxPublicKey), { name: 'Ed25519' }, false, ['verify']);
    const encoder = new TextEncoder();
    const t0 = performance.now();
    let since = '';
    let total = 0;
    for (;;) {
      const res = await fetch(`${api}/v1/licenses?limit=1000${since ? `&since=${since}` : ''}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const page = (await res.json()) as { items: { sen: string; contacts: unknown; key: string }[]; cursor: string; more: boolean };
      for (const item of page.items) {
        const dot = item.key.lastIndexOf('.');
        const genuine = await crypto.subtle.verify(
          'Ed25519',
          publicKey,
          b64(item.key.slice(dot + 1)),
          encoder.encode(item.key.slice(0, dot)),
        );
        if (!genuine) throw new Error(`raw pull: ${item.sen}'s key does not verify`);
      }
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction(['licenses', 'contacts', 'pending'], 'readwrite');
        for (const item of page.items) {
          tx.objectStore('licenses').put({ ...item, id: item.sen, entityId: 'e1' });
          tx.objectStore('contacts').put({ sen: item.sen, contacts: item.contacts });
          tx.objectStore('pending').put({ sen: item.sen, licenseId: item.sen, key: item.key });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      total += page.items.length;
      since = page.cursor;
      if (!page.more) break;
    }
    const ms = performance.now() - t0;
    idb.close();
    return { ms, licenses: total };
  }, args);
}

export const benchmarks: Benchmark[] = [
  {
    name: 'sync: push 1,000 queued changes to the sandbox (ratio to 1,000 raw fetch calls + IndexedDB writes)',
    async run() {
      return withPage(async (page, sandbox) => {
        const token = await newAccount(sandbox.url, 'bench-push@example.com');
        const sens = (
          (await call(sandbox.url, 'POST', '/__sandbox/licenses', { body: { email: 'bench-push@example.com', count: 100 }, key: null }))
            .body as { licenses: string[] }
        ).licenses;
        const subject: number[] = [];
        const baseline: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          subject.push(await pushInPage(page, { api: sandbox.url, token, sens, count: PUSH_COUNT, tag: `s${i}` }));
          baseline.push(await rawPushInPage(page, { api: sandbox.url, token, sens, count: PUSH_COUNT, tag: `r${i}` }));
        }
        return {
          ...ratio(
            { label: 'app push x1000', ms: median(subject) },
            { label: 'raw fetch + IndexedDB write x1000', ms: median(baseline) },
            GOAL,
          ),
          details: { subjectRuns: subject, baselineRuns: baseline },
        };
      });
    },
  },
  {
    name: 'sync: pull 10,000 licenses from the sandbox (ratio to raw fetch of the pages + IndexedDB writes)',
    async run() {
      return withPage(async (page, sandbox) => {
        const token = await newAccount(sandbox.url, 'bench-pull@example.com');
        await call(sandbox.url, 'POST', '/__sandbox/licenses', { body: { email: 'bench-pull@example.com', count: PULL_COUNT }, key: null });
        const subject: number[] = [];
        const baseline: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const app = await pullInPage(page, { api: sandbox.url, token, tag: `s${i}` });
          const raw = await rawPullInPage(page, { api: sandbox.url, token, tag: `r${i}`, sandboxPublicKey: sandboxPublicFile.publicKey });
          if (app.licenses !== PULL_COUNT || raw.licenses !== PULL_COUNT) throw new Error(`pulled ${app.licenses} / ${raw.licenses}`);
          subject.push(app.ms);
          baseline.push(raw.ms);
        }
        return {
          ...ratio(
            { label: 'app pull of 10,000 licenses', ms: median(subject) },
            { label: 'raw fetch + IndexedDB put', ms: median(baseline) },
            GOAL,
          ),
          details: { subjectRuns: subject, baselineRuns: baseline, pageSize: 1000 },
        };
      });
    },
  },
];
