import type { Browser, Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium, servePreview } from './browser';
import { profiled } from './cpu-profile';
import { ratio, timing, type Benchmark } from './harness';

const RUNS = 7;
const root = join(import.meta.dirname, '..', '..');
const baselineRoot = join(import.meta.dirname, 'cold-start-baseline');
const baselineOut = join(root, `out/cold-start-baseline${process.env.CONEX_OUT_SUFFIX ?? ''}`);

/**
 * The baseline page (cold-start-baseline/): React, ReactDOM and MUI, the app's own store opened and read, a
 * ten-row MUI table. Built here, in the same run and with the same target as the app, and served the same way.
 */
async function serveBaseline(): Promise<{ url: string; close: () => Promise<void> }> {
  const shared = { configFile: false as const, root: baselineRoot, base: './', logLevel: 'warn' as const };
  await build({
    ...shared,
    plugins: [react()],
    define: { __CONEX_SANDBOX__: 'false', __APP_VERSION__: JSON.stringify('bench') },
    build: { outDir: baselineOut, emptyOutDir: true, target: 'es2023', chunkSizeWarningLimit: 3000 },
  });
  const server = await preview({ ...shared, preview: { port: 0, host: '127.0.0.1' }, build: { outDir: baselineOut } });
  return { url: server.resolvedUrls?.local[0] ?? '', close: () => server.close() };
}

async function firstScreenMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('conex:first-screen').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('conex:first-screen')[0]?.startTime ?? Number.NaN);
}

/** One first start: a new context (empty cache, empty IndexedDB), the page loaded until it marks its first screen. */
async function coldStart(browser: Browser, url: string, profileAs?: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return profileAs ? await profiled(page, profileAs, () => firstScreenMs(page, url)) : await firstScreenMs(page, url);
  } finally {
    await context.close();
  }
}

/** Cold start alone (`npm run bench cold-start`): the production web build against the baseline page, alternating. */
export const benchmarks: Benchmark[] = [
  {
    name: 'cold start to the first screen (ratio to a React + MUI + store ten-row page)',
    async run() {
      const app = await servePreview();
      const baseline = await serveBaseline();
      const browser = await launchChromium();
      try {
        const appUrl = `${app.url}#/licenses`;
        // One untimed start of each: the browser's own start-up costs stay out of the first timed run.
        await coldStart(browser, appUrl, 'cold-start-app');
        await coldStart(browser, baseline.url, 'cold-start-baseline');
        const appRuns: number[] = [];
        const baselineRuns: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          // Alternate which goes first, so both meet the same load.
          if (i % 2 === 0) {
            appRuns.push(await coldStart(browser, appUrl));
            baselineRuns.push(await coldStart(browser, baseline.url));
          } else {
            baselineRuns.push(await coldStart(browser, baseline.url));
            appRuns.push(await coldStart(browser, appUrl));
          }
        }
        return ratio(timing('app first screen', appRuns), timing('React + MUI + store, ten-row table', baselineRuns), 2);
      } finally {
        await browser.close();
        await baseline.close();
        await app.close();
      }
    },
  },
];
