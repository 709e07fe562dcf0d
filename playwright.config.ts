import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';

/** Debian's Chromium, or the one CHROMIUM_PATH names (npm test points it at Playwright's own where no system one can be installed); flags keep it off the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TRACE_MODES = ['off', 'on', 'retain-on-failure', 'on-first-retry', 'retain-on-first-failure'] as const;
/** The trace mode E2E_TRACE names, or off. */
export function traceMode(value: string | undefined): (typeof TRACE_MODES)[number] {
  return TRACE_MODES.find((mode) => mode === value) ?? 'off';
}

const webPort = Number(process.env.E2E_WEB_PORT ?? 4180);
const sandboxPort = Number(process.env.E2E_SANDBOX_WEB_PORT ?? 4181);
/** The Conex API sandbox the sandbox build talks to (tests/sandbox). */
export const apiPort = Number(process.env.E2E_API_PORT ?? 4010);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // No retries: a story that fails, fails. The last one retried (the licenses list's filter story) ran past its minute
  // under load, every step still passing; it is now two stories, each well inside the minute.
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    locale: 'en-US',
    // As a user who asked their system for less motion: the app then opens dialogs and menus at once (renderer/ui/theme.ts),
    // and the stories stop waiting for fades and ripples. The motion stories (motion.spec.ts) run with it off.
    reducedMotion: 'reduce',
    // A trace records every action's screenshots and DOM: it made the stories about half again as slow on two cores, so
    // it is off unless asked for (E2E_TRACE=retain-on-failure npm test); a failure still leaves its screenshot.
    trace: traceMode(process.env.E2E_TRACE),
    screenshot: 'only-on-failure',
    acceptDownloads: true,
    // The web build registers a service worker that serves the app's files from its cache, out of page.route's sight;
    // stories that intercept requests need the network. The offline story (offline.spec.ts) allows it.
    serviceWorkers: 'block',
  },
  projects: [
    // The production web build: what a user gets from `npm run web`.
    {
      name: 'web',
      testMatch: /(?<!\.sandbox)\.spec\.ts$/,
      testIgnore: /electron-launch\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${webPort}` },
    },
    // The sandbox build, which talks to the local Conex API sandbox and trusts its test key.
    { name: 'sandbox', testMatch: /\.sandbox\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${sandboxPort}` } },
    // The desktop app, where Electron's binary exists.
    { name: 'electron', testMatch: /electron-launch\.spec\.ts$/ },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${webPort} --strictPort`,
      url: `http://127.0.0.1:${webPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx vite build --mode sandbox --logLevel warn && npx vite preview --mode sandbox --port ${sandboxPort} --strictPort`,
      url: `http://127.0.0.1:${sandboxPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: { VITE_CONEX_API_URL: `http://127.0.0.1:${apiPort}` },
    },
    {
      command: `npx tsx tests/sandbox/main.ts --port ${apiPort} --fresh --db ${tmpdir()}/conex-sandbox-e2e-${apiPort}.sqlite --app-origin http://127.0.0.1:${sandboxPort}`,
      url: `http://127.0.0.1:${apiPort}/__sandbox/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
