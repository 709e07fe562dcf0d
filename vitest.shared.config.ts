import { defineConfig } from 'vitest/config';

/** The pure-domain tests alone, for Stryker: the same settings as the `shared` project of vitest.config.ts. */
export default defineConfig({
  test: { include: ['shared/**/*.test.ts'], environment: 'node' },
});
