import type { Page } from '@playwright/test';
import type * as DatabaseModule from '../../renderer/db/database';
import type * as EntitiesRepo from '../../renderer/db/repos/entities';
import { launchChromium, servePreview, serveSource } from './browser';
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
  {
    name: 'add 1,000 entities through the repository (ratio to raw IndexedDB)',
    async run() {
      const server = await serveSource();
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(server.url);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        const result = await page.evaluate(async (n) => {
          // Paths the Vite dev server resolves inside the page, not from here.
          const paths = ['/db/database.ts', '/db/repos/entities.ts'];
          const dbMod = (await import(/* @vite-ignore */ paths[0] as string)) as typeof DatabaseModule;
          const repo = (await import(/* @vite-ignore */ paths[1] as string)) as typeof EntitiesRepo;
          const appDb = new dbMod.ConexDb(`bench-${Math.random()}`);
          await appDb.open();
          const t0 = performance.now();
          for (let i = 0; i < n; i++) {
            const r = await repo.addEntity(
              appDb,
              { name: `Entity ${i}`, kind: 'library', country: 'FR', notes: '' },
              new Date(),
              `id-${i}`,
            );
            if (!r.ok) throw new Error('add failed');
          }
          const appMs = performance.now() - t0;
          appDb.close();

          // The same work with raw IndexedDB: per entity, look the name up in a unique index, then add it.
          const raw: IDBDatabase = await new Promise((resolve, reject) => {
            const req = indexedDB.open(`raw-${Math.random()}`, 1);
            req.onupgradeneeded = () =>
              req.result.createObjectStore('entities', { keyPath: 'id' }).createIndex('nameKey', 'nameKey', { unique: true });
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          const t1 = performance.now();
          for (let i = 0; i < n; i++) {
            const stamp = new Date().toISOString();
            const row = {
              id: `id-${i}`,
              name: `Entity ${i}`,
              kind: 'library',
              country: 'FR',
              notes: '',
              createdAt: stamp,
              updatedAt: stamp,
              nameKey: `FR|entity ${i}`,
            };
            await new Promise<void>((resolve, reject) => {
              const get = raw.transaction('entities', 'readonly').objectStore('entities').index('nameKey').get(row.nameKey);
              get.onsuccess = () => {
                const tx = raw.transaction('entities', 'readwrite');
                tx.objectStore('entities').add(row);
                tx.oncomplete = () => resolve();
                tx.onerror = () => reject(tx.error);
              };
            });
          }
          const rawMs = performance.now() - t1;
          raw.close();
          return { appMs, rawMs };
        }, 1000);
        return ratio({ label: 'repository addEntity x1000', ms: result.appMs }, { label: 'raw IndexedDB x1000', ms: result.rawMs });
      } finally {
        await browser.close();
        await server.close();
      }
    },
  },
];
