import { create } from 'zustand';
import type { SyncMessage } from './messages';

export type SyncPhase =
  /** No Conex API address: the app works offline only. */
  | 'not-configured'
  /** No account signed in. */
  | 'signed-out'
  | 'offline'
  | 'idle'
  | 'syncing'
  | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  /** The browser's or system's view of the connection. */
  online: boolean;
  lastSyncedAt: string | null;
  /** Changes waiting for the server. */
  waiting: number;
  conflicts: number;
  /** Changes that failed their checks before sending: kept aside, never sent. */
  setAside: number;
  /** The last error in plain words, until a sync succeeds. */
  lastError: SyncMessage | null;
  account: { email: string } | null;
  /** The API token is kept encrypted on disk (desktop) or for this session only (web). */
  tokenStorage: 'encrypted' | 'session' | null;
}

interface SyncStatusState extends SyncStatus {
  patch: (next: Partial<SyncStatus>) => void;
}

/** What the sync indicator shows; the engine writes it, components read it. */
export const useSyncStatus = create<SyncStatusState>((set) => ({
  phase: 'not-configured',
  online: true,
  lastSyncedAt: null,
  waiting: 0,
  conflicts: 0,
  setAside: 0,
  lastError: null,
  account: null,
  tokenStorage: null,
  patch: (next) => set(next),
}));
