import { cleanup } from '@testing-library/react';
import { beforeAll } from 'vitest';
import type { ConexDb } from '../db/database';
import { initI18n } from '../i18n';
import { syncEngine } from '../sync/runtime';
import { storePerTest, type StorePerTestOptions } from './store';

/**
 * For tests that render components: English texts for the file, and a fresh store per test (see `storePerTest`).
 * After each test the rendered tree is unmounted and any sync it asked for has ended before `release` runs and the store goes.
 */
export function componentStorePerTest(prefix: string, options: StorePerTestOptions = {}): () => ConexDb {
  beforeAll(async () => {
    await initI18n('en');
  });
  return storePerTest(prefix, {
    seed: options.seed,
    release: async () => {
      cleanup();
      await syncEngine().settled();
      await options.release?.();
    },
  });
}
