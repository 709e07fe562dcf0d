import { changeSchema, DEFAULT_BACKOFF, nextDueAt, type BackoffPolicy, type ChangeInput } from '../../shared/api';
import { verifyKey } from '../../shared/keys/verify';
import type { ConexDb } from '../db/database';
import { webCryptoEd25519Verifier } from '../lib/ed25519-webcrypto';
import { loadTrustedKeys } from '../lib/trusted-keys';
import { enqueueChanges, listOutbox, reconcileQuotes, syncCounts } from '../db/repos/outbox';
import { appendSyncLog, getSyncState, setSyncState } from '../db/repos/sync-store';
import { clientFor } from './api-client';
import { failureMessage, type SyncMessage } from './messages';
import { pull, type PullReport } from './pull';
import { push, type PushReport } from './push';
import type { KeyVerifier } from './signed-licenses';
import { currentAccount } from './session';
import { useSyncStatus, type SyncPhase } from './status-store';

export interface SyncEngineDeps {
  db: ConexDb;
  /** The Conex API address; '' when none is set (the app then works offline only). */
  apiUrl: () => string | Promise<string>;
  /** The API token of the signed-in account, or null. */
  token: () => Promise<string | null>;
  fetch?: typeof fetch;
  now?: () => Date;
  /** In [0, 1): the jitter of the backoff. */
  random?: () => number;
  newId?: () => string;
  online?: () => boolean;
  timeoutMs?: number;
  policy?: BackoffPolicy;
  pageSize?: number;
  /** Checks a pulled license's key; by default against the keys this build trusts. */
  verifyKey?: KeyVerifier;
}

/** A pulled license's key, checked offline against the keys this build trusts. */
const verifyPulledKey: KeyVerifier = async (key) =>
  verifyKey(key, { trustedKeys: await loadTrustedKeys(), verifier: webCryptoEd25519Verifier });

export interface SyncOutcome {
  phase: SyncPhase;
  push?: PushReport;
  pull?: PullReport;
}

/**
 * The sync: queue what changed here, push it (each change once, in order, with
 * retries and backoff), then pull the server's state. One run at a time; a
 * request made during a run starts another right after it.
 */
export class SyncEngine {
  private running: Promise<SyncOutcome> | null = null;
  private again: { force: boolean } | null = null;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(private readonly deps: SyncEngineDeps) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => crypto.randomUUID());
  }

  /** The signed-in account's id, when signed in through Settings. */
  private async accountId(): Promise<string | undefined> {
    return (await currentAccount(this.deps.db))?.id;
  }

  /** Writes an event to the sync log (a message key and parameters: never a token). */
  async log(level: 'info' | 'warning' | 'error', message: SyncMessage): Promise<void> {
    await appendSyncLog(this.deps.db, { at: this.now().toISOString(), level, ...message });
  }

  /** Queues a change another feature made (contacts, account); the next sync sends it. A malformed change is a bug: it throws. */
  async enqueue(change: ChangeInput): Promise<void> {
    await enqueueChanges(this.deps.db, [changeSchema.parse(change)], this.now(), this.newId);
    await this.refreshCounts();
  }

  /** Queues what the stored quotes need sent; returns how many changes were queued. */
  async reconcile(): Promise<number> {
    const queued = await reconcileQuotes(this.deps.db, this.now(), this.newId);
    await this.refreshCounts();
    return queued.length;
  }

  /** Updates the waiting, conflict and set-aside counts shown to the user: the only writer of those counts. */
  async refreshCounts(): Promise<void> {
    useSyncStatus.getState().patch(await syncCounts(this.deps.db, await this.accountId()));
  }

  /**
   * When the first change in backoff may be tried again: only the first change
   * of each object counts (the others wait behind it), and never later than the
   * longest backoff from now.
   */
  async nextRetryAt(): Promise<Date | undefined> {
    const accountId = await this.accountId();
    if (!accountId) return undefined;
    const due = nextDueAt((await listOutbox(this.deps.db, accountId)).map((e) => ({ ...e, seq: e.seq ?? 0 })));
    if (!due) return undefined;
    const latest = this.now().getTime() + (this.deps.policy ?? DEFAULT_BACKOFF).capMs;
    return new Date(Math.min(Date.parse(due), latest));
  }

  /** Resolves when no sync is running. */
  async settled(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** Syncs now, or right after the run in progress. `force` ("Sync now") tries waiting changes without their backoff. */
  sync(options: { force?: boolean } = {}): Promise<SyncOutcome> {
    if (this.running) {
      this.again = { force: (this.again?.force ?? false) || !!options.force };
      return this.running;
    }
    const run = async (force: boolean): Promise<SyncOutcome> => {
      let outcome = await this.run(force);
      while (this.again) {
        const next = this.again;
        this.again = null;
        outcome = await this.run(next.force);
      }
      return outcome;
    };
    this.running = run(!!options.force).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(force: boolean): Promise<SyncOutcome> {
    const { db } = this.deps;
    const status = useSyncStatus.getState();
    const online = this.deps.online ? this.deps.online() : true;
    status.patch({ online });
    await this.refreshCounts();
    const apiUrl = await this.deps.apiUrl();
    if (!apiUrl) return this.finish('not-configured');
    const account = await currentAccount(db);
    // The token is bound to the address it was issued for: it never goes to another one (renderer/sync/session.ts signs out).
    if (account && account.apiUrl !== apiUrl) return this.finish('signed-out', { messageKey: 'sync:errors.addressChanged' });
    const token = await this.deps.token();
    if (!token) return this.finish('signed-out');
    if (!online) return this.finish('offline');
    status.patch({ phase: 'syncing' });

    const client = clientFor({ apiUrl, token, fetch: this.deps.fetch, timeoutMs: this.deps.timeoutMs });
    await this.reconcile();
    const pushed = await push(
      {
        db,
        client,
        now: this.now,
        newId: this.newId,
        ...(account ? { accountId: account.id } : {}),
        random: this.deps.random ?? Math.random,
        policy: this.deps.policy ?? DEFAULT_BACKOFF,
        log: (l, m) => this.log(l, m),
      },
      force,
    );
    if (pushed.confirmed) await this.log('info', { messageKey: 'sync:log.sent', params: { count: pushed.confirmed } });
    if (pushed.stop) {
      await this.log('error', { messageKey: 'sync:log.failed', params: { reason: pushed.stop.messageKey } });
      return this.finish('error', pushed.stop, { push: pushed });
    }
    const pulled = await pull({
      db,
      client,
      now: this.now,
      newId: this.newId,
      verifyKey: this.deps.verifyKey ?? verifyPulledKey,
      ...(this.deps.pageSize ? { pageSize: this.deps.pageSize } : {}),
    });
    if (pulled.licenses || pulled.quotes || pulled.orders) {
      await this.log('info', {
        messageKey: 'sync:log.received',
        params: { licenses: pulled.licenses, quotes: pulled.quotes, orders: pulled.orders },
      });
    }
    for (const { sen, fields } of pulled.keyDisagreements)
      await this.log('warning', { messageKey: 'sync:log.keyDisagrees', params: { sen, fields } });
    for (const { sen, reason } of pulled.uncheckedKeys)
      await this.log('error', { messageKey: 'sync:log.keyUnchecked', params: { sen, reason } });
    for (const key of pulled.newKeys) await this.log('info', { messageKey: 'sync:log.newKey', params: { sen: key.sen } });
    for (const id of pulled.conflicts) await this.log('warning', { messageKey: 'sync:log.conflict', params: { id } });
    if (pulled.failure) {
      const message = failureMessage(pulled.failure);
      await this.log('error', { messageKey: 'sync:log.failed', params: { reason: message.messageKey } });
      return this.finish('error', message, { push: pushed, pull: pulled });
    }
    const stamp = this.now().toISOString();
    await setSyncState(db, 'lastSyncedAt', stamp);
    useSyncStatus.getState().patch({ lastSyncedAt: stamp });
    if (pushed.lastFailure) {
      await this.log('warning', {
        messageKey: 'sync:log.incomplete',
        params: { count: pushed.retrying + pushed.refused, reason: pushed.lastFailure.messageKey },
      });
      return this.finish('error', pushed.lastFailure, { push: pushed, pull: pulled });
    }
    return this.finish('idle', null, { push: pushed, pull: pulled });
  }

  private async finish(phase: SyncPhase, error: SyncMessage | null = null, reports: Omit<SyncOutcome, 'phase'> = {}): Promise<SyncOutcome> {
    const patch: Parameters<ReturnType<typeof useSyncStatus.getState>['patch']>[0] = { phase };
    if (phase === 'idle' || phase === 'error' || error) {
      patch.lastError = error;
      await setSyncState(this.deps.db, 'lastError', error);
    }
    await this.refreshCounts();
    useSyncStatus.getState().patch(patch);
    return { phase, ...reports };
  }

  /** Loads what the last session knew: when it last synced and its last error. */
  async restoreStatus(): Promise<void> {
    const [lastSyncedAt, lastError] = await Promise.all([
      getSyncState(this.deps.db, 'lastSyncedAt'),
      getSyncState(this.deps.db, 'lastError'),
    ]);
    useSyncStatus.getState().patch({ lastSyncedAt: lastSyncedAt ?? null, lastError: lastError ?? null });
    await this.refreshCounts();
  }
}
