/**
 * An app "device" for tests and benchmarks in Node: its own IndexedDB store
 * (fake-indexeddb, imported by the caller) and the app's real sync engine,
 * pointed at a sandbox.
 */
import Dexie from 'dexie';
import type { BackoffPolicy } from '../../shared/api';
import { ConexDb } from '../../renderer/db/database';
import { SyncEngine } from '../../renderer/sync/sync-engine';
import type { KeyVerifier } from '../../renderer/sync/signed-licenses';
import { verifyKey } from '../../shared/keys/verify';
import { sandboxTrustedKeys, testVerifier } from '../fixtures/keys';

const trustedKeys = sandboxTrustedKeys();

/** How the sandbox build checks a pulled license's key: against its test key. */
export const sandboxKeyVerifier: KeyVerifier = (key) => verifyKey(key, { trustedKeys, verifier: testVerifier });

/** Leaves the store as signing in through Settings would: changes made now name this account, and the token is bound to `apiUrl`. */
export async function signInLocally(db: ConexDb, apiUrl: string, id: string): Promise<void> {
  await db.syncState.put({ key: 'account', value: { id, email: '', name: '', apiUrl, tokenStorage: 'session' } });
}

export interface Device {
  db: ConexDb;
  engine: SyncEngine;
  /** Closes and deletes its store. */
  dispose: () => Promise<void>;
}

let count = 0;

/** A fresh store and engine; `token` may change later through `setToken`. */
export async function openDevice(
  apiUrl: string,
  token: string | null,
  options: {
    now?: () => Date;
    timeoutMs?: number;
    policy?: BackoffPolicy;
    online?: () => boolean;
    fetch?: typeof fetch;
    pageSize?: number;
    name?: string;
  } = {},
): Promise<Device & { setToken: (t: string | null) => void }> {
  const name = options.name ?? `device-${++count}-${Math.random().toString(36).slice(2)}`;
  const db = new ConexDb(name);
  await db.open();
  // Signed in as the app's Settings would leave it: changes name this account, and the token is bound to this address.
  if (apiUrl)
    await db.syncState.put({ key: 'account', value: { id: `account-${name}`, email: '', name: '', apiUrl, tokenStorage: 'session' } });
  let current = token;
  const engine = new SyncEngine({
    db,
    apiUrl: () => apiUrl,
    token: async () => current,
    ...(options.now ? { now: options.now } : {}),
    ...(options.online ? { online: options.online } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    timeoutMs: options.timeoutMs ?? 2_000,
    policy: options.policy ?? { baseMs: 10, capMs: 50 },
    // The sandbox build's trust: its licenses' keys are signed with the sandbox test key.
    verifyKey: sandboxKeyVerifier,
  });
  return {
    db,
    engine,
    setToken: (t) => {
      current = t;
    },
    dispose: async () => {
      db.close();
      await Dexie.delete(name);
    },
  };
}
