import type * as DatabaseModule from '../../renderer/db/database';
import type * as EntitiesRepo from '../../renderer/db/repos/entities';
import { launchChromium, serveSource } from './browser';
import { ratio, type Benchmark } from './harness';

export const benchmarks: Benchmark[] = [
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
