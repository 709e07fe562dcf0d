import { liveQuery } from 'dexie';
import { db } from '../db/database';
import { quotesToSend } from '../db/repos/outbox';
import { afterFirstScreen } from '../lib/after-first-screen';
import { platform } from '../platform';
import { useToast } from '../store/toast';
import { buildApiUrl } from './api-url';
import { currentToken, signedInAccount, signOutIfAddressChanged, type Secrets } from './session';
import { useSyncStatus } from './status-store';
import { SyncEngine } from './sync-engine';

/** A regular sync while the app is open. */
export const SYNC_INTERVAL_MS = 5 * 60_000;
/** A change made here is sent this soon after it is made (several changes in a row go together). */
const CHANGE_DELAY_MS = 1_500;
/** A retry never starts sooner than this after a sync ends. */
const MIN_RETRY_DELAY_MS = 1_000;

/**
 * How long to wait for a retry due at `due`: at least a second, and never more
 * than the regular interval, so a time far ahead (the clock moved, a bad row)
 * can neither overflow the timer (2^31-1 ms, past which it fires at once) nor
 * hold sync off.
 */
export function retryDelayMs(due: Date, nowMs: number): number {
  const wait = due.getTime() - nowMs;
  return Number.isFinite(wait) ? Math.min(SYNC_INTERVAL_MS, Math.max(MIN_RETRY_DELAY_MS, wait)) : SYNC_INTERVAL_MS;
}

/** The engine, with the store it was made for. */
let current: { engine: SyncEngine; store: ReturnType<typeof db> } | undefined;

/** The platform's secret store (encrypted on the desktop, session-only on the web). */
export function platformSecrets(): Secrets {
  const bridge = platform();
  return { get: (k) => bridge.getSecret(k), set: (k, v) => bridge.setSecret(k, v), delete: (k) => bridge.deleteSecret(k) };
}

/** The address the app syncs with now. */
export function currentApiUrl(): string {
  return buildApiUrl();
}

/** The app's one sync engine. */
export function syncEngine(): SyncEngine {
  // A new store (tests swap it) gets a new engine.
  const database = db();
  if (current?.store === database) return current.engine;
  const engine = new SyncEngine({
    db: database,
    apiUrl: currentApiUrl,
    token: () => currentToken(db(), platformSecrets(), currentApiUrl()),
    online: () => navigator.onLine,
  });
  current = { engine, store: database };
  return engine;
}

/**
 * Runs sync for the life of the window: at start (once the first screen is
 * drawn), every few minutes, when the connection comes back, soon after a quote
 * changes, when a change's backoff ends, and on "Sync now" (the menu and F5 send
 * 'sync-now'). Returns a stop function.
 */
export function startSyncRuntime(): () => void {
  return afterFirstScreen(runSync);
}

/** The sync loop of startSyncRuntime, on the given engine (tests give theirs). Returns a stop function. */
export function runSync(sync: SyncEngine = syncEngine()): () => void {
  const status = useSyncStatus.getState();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const attempt = async (force: boolean) => {
    // A token goes only to the address it was issued for: another address signs out first, and says so.
    const moved = await signOutIfAddressChanged({ db: db(), secrets: platformSecrets(), now: () => new Date() }, currentApiUrl());
    if (moved) useToast.getState().show({ severity: 'warning', message: (t) => t(moved.messageKey, moved.params ?? {}) });
    await sync.sync({ force });
    if (stopped) return;
    const account = await signedInAccount(db(), platformSecrets(), currentApiUrl());
    useSyncStatus.getState().patch({ account: account ? { email: account.email } : null, tokenStorage: account?.tokenStorage ?? null });
    // Wake up when the first change in backoff may go again.
    clearTimeout(retryTimer);
    const due = await sync.nextRetryAt();
    if (due && !stopped) retryTimer = setTimeout(() => void run(), retryDelayMs(due, Date.now()));
  };
  /** One sync; a failure of the store itself is shown as the last error, never thrown into the page. */
  const run = async (force = false) => {
    if (stopped) return;
    try {
      await attempt(force);
    } catch (error) {
      if (stopped) return;
      const detail = error instanceof Error ? error.name : 'Error';
      useSyncStatus.getState().patch({ phase: 'error', lastError: { messageKey: 'sync:errors.unexpected', params: { detail } } });
    }
  };

  const onOnline = () => {
    useSyncStatus.getState().patch({ online: true });
    void run();
  };
  const onOffline = () => useSyncStatus.getState().patch({ online: false, phase: 'offline' });
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  const interval = setInterval(() => void run(), SYNC_INTERVAL_MS);
  const offMenu = platform().on('menu:command', ({ command }) => {
    if (command === 'sync-now') void run(true);
  });

  // A change to a quote that may need sending queues what it needs a moment later.
  const quotes = liveQuery(() => quotesToSend(db())).subscribe({
    next: () => {
      clearTimeout(changeTimer);
      changeTimer = setTimeout(() => {
        void sync.reconcile().then((queued) => {
          if (queued > 0) void run();
        });
      }, CHANGE_DELAY_MS);
    },
  });
  const counts = liveQuery(() => sync.refreshCounts()).subscribe({ next: () => undefined });

  status.patch({ online: navigator.onLine });
  void sync
    .restoreStatus()
    .then(() => run())
    .catch(() => undefined);

  return () => {
    stopped = true;
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    clearInterval(interval);
    clearTimeout(retryTimer);
    clearTimeout(changeTimer);
    offMenu();
    quotes.unsubscribe();
    counts.unsubscribe();
  };
}
