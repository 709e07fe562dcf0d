import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// The first test of a file also pays for loading MUI and the screen in jsdom; on a busy two-core machine a
// screen's first text can take over the default second to appear. Waiting longer changes no verdict, only
// how long a real failure takes to show.
configure({ asyncUtilTimeout: 5_000 });

// The address fixed at build time (renderer/sync/api-url.ts): none by default, as in a build without one; a test that
// signs in against the sandbox stubs it (vi.stubGlobal).
(globalThis as { __CONEX_API_URL__?: string }).__CONEX_API_URL__ = '';

// The renderer project runs without module isolation (vitest.config.ts): loading jsdom, MUI and the screens once per
// worker instead of once per file makes it about four times faster. What a file could leave behind for the next one
// in the same worker is put back here, before each file and after each test.
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next from 'i18next';
import { setI18n } from 'react-i18next';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { StoreApi } from 'zustand';
// Components are tested as the app composes them: what each feature adds to another's screen is registered.
import './app/contributions';
import { allSlots } from './contributions/slots';
import { useOpenedFile } from './reminders/opened-file';
import { useReminders } from './reminders/store';
import { useSettings } from './store/settings';
import { useNavigation } from './store/navigation';
import { useToast } from './store/toast';
import { syncEngine } from './sync/runtime';
import { useSyncStatus } from './sync/status-store';

/** Puts a store back as it was created. */
function reset<T>(store: StoreApi<T>): void {
  store.setState(store.getInitialState(), true);
}

beforeAll(async () => {
  // Contributions load when first shown: loaded here instead, before any test, so that no file's last test leaves one
  // loading while its environment is torn down (Vitest's EnvironmentTeardownError, seen in a fresh CI run).
  await Promise.all(allSlots.map((slot) => slot.preload()));
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.useRealTimers();
  (globalThis as { __CONEX_API_URL__?: string }).__CONEX_API_URL__ = '';
  // A new, empty IndexedDB for each file: nothing another file stored is seen.
  const indexedDB = new IDBFactory();
  Object.assign(globalThis, { indexedDB });
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  localStorage.clear();
  sessionStorage.clear();
  document.body.replaceChildren();
  reset(useOpenedFile);
  reset(useReminders);
  reset(useSettings);
  reset(useNavigation);
  reset(useToast);
  reset(useSyncStatus);
  // A file may have bound react-i18next to an instance of its own (renderer/i18n/index.test.ts): components read the app's again.
  setI18n(i18next);
  if (i18next.isInitialized && i18next.language !== 'en') await i18next.changeLanguage('en');
});

afterEach(() => {
  cleanup();
});

afterAll(async () => {
  // Whatever sync a file started has ended before the next file's store is there.
  await syncEngine().settled();
});
