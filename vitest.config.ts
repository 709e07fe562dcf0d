import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** One Vitest run, several projects: the pure domain, the renderer (with a real fake IndexedDB), the command line, Electron main code with `vi.mock('electron')`, and the tools. */
export default defineConfig({
  test: {
    // Vitest leaves one core free by default: on a two-core machine that is one worker and half the machine idle
    // (166 s on one worker against 107 s on two, same tests, same machine).
    maxWorkers: availableParallelism(),
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
    projects: [
      {
        // Pure functions over plain data: nothing to isolate, so modules load once per worker.
        // The fuzz tests run hundreds of verifications: on a loaded two-core machine that passes 5 s, which is no verdict.
        test: { name: 'shared', include: ['shared/**/*.test.ts'], environment: 'node', isolate: false, testTimeout: 60_000 },
      },
      {
        plugins: [react()],
        define: { __CONEX_SANDBOX__: 'false', __APP_VERSION__: JSON.stringify('0.0.0-test') },
        // __CONEX_API_URL__ is left a global: renderer/test-setup.ts gives it "" and a test may stub the address it needs.
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['renderer/test-setup.ts'],
          // jsdom, MUI and the screens load once per worker, not once per file (316 s → about 70 s on two loaded cores);
          // renderer/test-setup.ts gives every file a clean IndexedDB, stores, storage, DOM and language.
          isolate: false,
          // Screens rendered in jsdom are slow on a loaded two-core machine; a timeout is a failure, never a speed check.
          testTimeout: 20_000,
        },
      },
      {
        // The command line: each command's logic, and end-to-end runs of the built file (built once by the global setup).
        test: {
          name: 'cli',
          include: ['cli/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['cli/test-build.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: { name: 'electron', include: ['electron/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'tools',
          include: ['tests/**/*.test.ts', 'build/**/*.test.ts', '*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
