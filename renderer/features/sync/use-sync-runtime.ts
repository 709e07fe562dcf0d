import { useEffect } from 'react';
import { startSyncRuntime } from '../../sync/runtime';

/** Runs sync while the window is open (started once by the app shell's sync indicator). */
export function useSyncRuntime(): void {
  useEffect(() => startSyncRuntime(), []);
}
