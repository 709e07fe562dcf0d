import type { Page } from '@playwright/test';
import type * as DatabaseModule from '../../renderer/db/database';
import type * as EntitiesRepo from '../../renderer/db/repos/entities';
import { launchChromium, serveSource } from './browser';
import { profiled } from './cpu-profile';
import { ratio, timing, type Benchmark } from './harness';

const ENTITIES = 1000;
const RUNS = 7;

/** What the page exposes: one timed run of each side, each into a database of its own. */
interface Sides {
  subject: (n: number) => Promise<number>;
  baseline: (n: number) => Promise<number>;
}

/**
 * Subject: the entities repository's addEntity, 1,000 times one after another, as the Entities screen adds one
 * (validation, the row with its name key, one write whose unique name index refuses a clash). Baseline: raw
 * IndexedDB doing the same I/O per entity: the same row built the same way, one readwrite transaction, one add
 * checked by the same unique index. Both write into an empty store of the app's schema, in the same page.
 */
async function install(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Paths the Vite dev server resolves inside the page, not from here.
    const paths = ['/db/database.ts', '/db/repos/entities.ts'];
    const dbMod = (await import(/* @vite-ignore */ paths[0] as string)) as typeof DatabaseModule;
    const repo = (await import(/* @vite-ignore */ paths[1] as string)) as typeof EntitiesRepo;
    const fresh = async () => {
      const appDb = new dbMod.ConexDb(`bench-${Math.random()}`);
      await appDb.open();
      return appDb;
    };
    const sides: Sides = {
      async subject(n) {
        const appDb = await fresh();
        const t0 = performance.now();
        for (let i = 0; i < n; i++) {
          const r = await repo.addEntity(appDb, { name: `Entity ${i}`, kind: 'library', country: 'FR', notes: '' }, new Date(), `id-${i}`);
          if (!r.ok) throw new Error('add failed');
        }
        const ms = performance.now() - t0;
        appDb.close();
        return ms;
      },
      async baseline(n) {
        const appDb = await fresh();
        const raw = appDb.backendDB();
        const t0 = performance.now();
        for (let i = 0; i < n; i++) {
          const stamp = new Date().toISOString();
          const name = `Entity ${i}`;
          const row = {
            id: `id-${i}`,
            name,
            kind: 'library',
            country: 'FR',
            notes: '',
            createdAt: stamp,
            updatedAt: stamp,
            nameKey: `FR|${name.trim().toLocaleLowerCase()}`,
          };
          // One write per entity; the store's unique nameKey index is the name check, as in the repository.
          await new Promise<void>((resolve, reject) => {
            const tx = raw.transaction('entities', 'readwrite');
            tx.objectStore('entities').add(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
        const ms = performance.now() - t0;
        appDb.close();
        return ms;
      },
    };
    (window as unknown as { sides: Sides }).sides = sides;
  });
}

export const benchmarks: Benchmark[] = [
  {
    name: 'add 1,000 entities through the repository (ratio to raw IndexedDB)',
    async run() {
      const server = await serveSource();
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}#/backups`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        await page.evaluate('globalThis.__name = (fn) => fn');
        await install(page);
        const side = (which: keyof Sides) =>
          page.evaluate(({ which, n }) => (window as unknown as { sides: Sides }).sides[which](n), { which, n: ENTITIES });
        // Warm-up: the first run of each side compiles and caches what later runs reuse.
        await side('subject');
        await side('baseline');
        await profiled(page, 'add-entities-subject', () => side('subject'));
        await profiled(page, 'add-entities-baseline', () => side('baseline'));
        const subject: number[] = [];
        const baseline: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          // Alternate which goes first, so both meet the same load.
          if (i % 2 === 0) {
            subject.push(await side('subject'));
            baseline.push(await side('baseline'));
          } else {
            baseline.push(await side('baseline'));
            subject.push(await side('subject'));
          }
        }
        return {
          ...ratio(timing(`repository addEntity x${ENTITIES}`, subject), timing(`raw IndexedDB add x${ENTITIES}`, baseline), 1.3),
          details: { entities: ENTITIES },
        };
      } finally {
        await browser.close();
        await server.close();
      }
    },
  },
];
