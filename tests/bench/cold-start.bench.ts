import type { Page } from '@playwright/test';
import { launchChromium, servePreview } from './browser';
import { ratio, type Benchmark } from './harness';

const RUNS = 5;

/** A page doing the least an app must to show a first screen from IndexedDB: open a database, read settings, draw a heading. */
const baselineHtml = `<!doctype html><html><body><script>
const req = indexedDB.open('raw-baseline', 1);
req.onupgradeneeded = () => { req.result.createObjectStore('settings', { keyPath: 'key' }); req.result.createObjectStore('entities', { keyPath: 'id' }); };
req.onsuccess = () => {
  const tx = req.result.transaction('settings', 'readonly');
  const all = tx.objectStore('settings').getAll();
  all.onsuccess = () => { const h = document.createElement('h1'); h.textContent = 'Licenses'; document.body.append(h); performance.mark('conex:first-screen'); };
};
</script></body></html>`;

async function firstScreenMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('conex:first-screen').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('conex:first-screen')[0]?.startTime ?? Number.NaN);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Cold start alone (`npm run bench cold-start`): the production web build, a new browser context per run. */
export const benchmarks: Benchmark[] = [
  {
    name: 'cold start of the web build to the first screen (ratio to raw IndexedDB page)',
    async run() {
      const server = await servePreview();
      const browser = await launchChromium();
      try {
        const app: number[] = [];
        const raw: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          // A new context each time: empty cache, empty IndexedDB, as on a first start.
          const ctxApp = await browser.newContext();
          app.push(await firstScreenMs(await ctxApp.newPage(), `${server.url}#/licenses`));
          await ctxApp.close();
          const ctxRaw = await browser.newContext();
          const page = await ctxRaw.newPage();
          await page.route('**/__baseline.html', (route) => route.fulfill({ contentType: 'text/html', body: baselineHtml }));
          raw.push(await firstScreenMs(page, `${server.url}__baseline.html`));
          await ctxRaw.close();
        }
        return {
          ...ratio({ label: 'app first screen', ms: median(app) }, { label: 'raw IndexedDB page', ms: median(raw) }),
          details: { appRuns: app, rawRuns: raw },
        };
      } finally {
        await browser.close();
        await server.close();
      }
    },
  },
];
