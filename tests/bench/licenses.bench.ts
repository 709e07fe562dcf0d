import type { Page } from '@playwright/test';
import { withSeededApp } from './browser';
import { profiled } from './cpu-profile';
import type { Benchmark } from './harness';

const LICENSES = 10_000;
const ENTITIES = 40;
const RUNS = 5;
const ROUNDS = 5;
/** Each keystroke narrows or widens the list, so each one changes what the grid shows. */
const KEYS = ['1', '2', '3', '4', '5', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Writes 10,000 licenses over 40 entities straight into the app's IndexedDB, as a large academic customer would have. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ licenses, entities }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('conex-license-manager');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stamp = '2026-01-01T00:00:00.000Z';
      const tiers = ['Starter', 'Express', 'Professional', 'Enterprise'];
      const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['entities', 'licenses'], 'readwrite');
        for (let e = 0; e < entities; e++) {
          const name = `Entity ${e}`;
          tx.objectStore('entities').put({
            id: `e${e}`,
            name,
            kind: 'library',
            country: 'FR',
            notes: '',
            createdAt: stamp,
            updatedAt: stamp,
            nameKey: `FR|${name.toLowerCase()}`,
          });
        }
        for (let i = 0; i < licenses; i++) {
          const evaluation = i % 50 === 0;
          const end = day(i % 900);
          tx.objectStore('licenses').put({
            id: `l${i}`,
            sen: `SEN-${String(i).padStart(8, '0')}`,
            product: i % 10 === 0 ? 'conex-data-center' : 'conex-books',
            deployment: i % 4 === 0 ? 'cloud' : 'server',
            tier: evaluation ? 'Enterprise' : tiers[i % 4],
            type: evaluation ? 'evaluation' : i % 3 === 0 ? 'commercial' : 'academic',
            entityId: `e${i % entities}`,
            serverId: `SRV-${i}`,
            licensee: `Organization ${i % 200}`,
            issued: stamp,
            maintenanceStart: '2025-12-01',
            maintenanceEnd: end,
            ...(evaluation ? { evaluationEnd: end } : {}),
            majorVersion: 9,
            createdAt: stamp,
            updatedAt: stamp,
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { licenses: LICENSES, entities: ENTITIES },
  );
}

interface Opening {
  /** The grid shows its first rows (the soonest-ending page). */
  domMs: number;
  /** The same, on the next frame: what the user sees. */
  frameMs: number;
  /** The grid holds all 10,000 licenses (its footer counts them all). */
  allMs: number;
}

/** From a click on "Licenses" in the navigation, with the app settled on another screen, to the grid showing rows, then all of them. */
async function openListMs(page: Page, url: string): Promise<Opening> {
  await page.goto(`${url}#/settings`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  // Let the start-up work (reminders reading every license) finish, as when a user moves between screens.
  await page.waitForTimeout(1000);
  return page.evaluate(
    (total) =>
      new Promise<Opening>((resolve) => {
        const hasRows = () => document.querySelector('[role="grid"] [role="row"][data-id]') !== null;
        const footer = () => document.querySelector('.conex-displayed-rows')?.textContent ?? '';
        const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.includes('Licenses')) as HTMLElement;
        const t0 = performance.now();
        let first: { domMs: number; frameMs: number } | undefined;
        const observer = new MutationObserver(() => {
          if (!first && hasRows()) {
            const domMs = performance.now() - t0;
            first = { domMs, frameMs: domMs };
            requestAnimationFrame(() => first && (first.frameMs = performance.now() - t0));
          }
          if (first && footer().replace(/\D/g, '').endsWith(String(total))) {
            observer.disconnect();
            const allMs = performance.now() - t0;
            requestAnimationFrame(() => first && resolve({ ...first, allMs }));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
    LICENSES,
  );
}

export const benchmarks: Benchmark[] = [
  {
    name: 'Licenses list first render with 10,000 licenses (production build, Chromium)',
    run: () =>
      withSeededApp(seed, async (page, url) => {
        // One untimed opening loads the screen's code into the browser cache, as any later opening finds it.
        await openListMs(page, url);
        const runs: Opening[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await openListMs(page, url));
        const rows = await page.locator('.conex-displayed-rows').textContent();
        return {
          value: median(runs.map((r) => r.frameMs)),
          unit: 'ms',
          goal: 300,
          details: {
            licenses: LICENSES,
            footer: rows,
            frameRuns: runs.map((r) => r.frameMs),
            domRuns: runs.map((r) => r.domMs),
            allLoadedRuns: runs.map((r) => r.allMs),
            allLoadedMedianMs: median(runs.map((r) => r.allMs)),
          },
        };
      }),
  },
  {
    name: 'Licenses list filtering per keystroke with 10,000 licenses (production build, Chromium)',
    run: () =>
      withSeededApp(seed, async (page, url) => {
        await openListMs(page, url);
        const search = page.getByRole('searchbox', { name: 'Search by SEN' });
        await search.click();
        // Each keystroke: from keydown to the grid's footer count changing (DOM), then to the next frame; and, apart,
        // to the first frame after it, which shows the typed character ("typing never waits for the list").
        await page.evaluate(() => {
          const w = window as unknown as { keyTimes: { domMs: number; frameMs: number; count: string }[]; echoMs: number[] };
          w.keyTimes = [];
          w.echoMs = [];
          const footer = () => document.querySelector('.conex-displayed-rows')?.textContent ?? '';
          document.addEventListener(
            'keydown',
            () => {
              const t0 = performance.now();
              requestAnimationFrame(() => w.echoMs.push(performance.now() - t0));
              const before = footer();
              const observer = new MutationObserver(() => {
                const now = footer();
                if (now === before) return;
                observer.disconnect();
                const domMs = performance.now() - t0;
                requestAnimationFrame(() => w.keyTimes.push({ domMs, frameMs: performance.now() - t0, count: now }));
              });
              // The whole page: the footer sits outside the grid's own box.
              observer.observe(document.body, {
                childList: true,
                subtree: true,
                characterData: true,
              });
            },
            true,
          );
        });
        // Several rounds of the same ten keystrokes: the median round tells the typical cost on a machine shared with other work.
        const rounds: { domMs: number; frameMs: number; count: string }[][] = [];
        const typeRound = async (r: number) => {
          for (let i = 0; i < KEYS.length; i++) {
            await page.keyboard.press(KEYS[i] as string);
            await page.waitForFunction(
              (n) => (window as unknown as { keyTimes: unknown[] }).keyTimes.length >= n,
              r * KEYS.length + i + 1,
              {
                timeout: 10_000,
              },
            );
          }
        };
        for (let r = 0; r < ROUNDS; r++) {
          await (r === 0 ? profiled(page, 'licenses-filtering', () => typeRound(r)) : typeRound(r));
          const all = await page.evaluate(
            () => (window as unknown as { keyTimes: { domMs: number; frameMs: number; count: string }[] }).keyTimes,
          );
          rounds.push(all.slice(r * KEYS.length));
        }
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        const echoMs = await page.evaluate(() => (window as unknown as { echoMs: number[] }).echoMs);
        const roundMeans = rounds.map((times) => mean(times.map((t) => t.frameMs)));
        const round1 = (x: number) => Math.round(x * 10) / 10;
        return {
          value: median(roundMeans),
          unit: 'ms',
          goal: 16,
          details: {
            licenses: LICENSES,
            keys: KEYS,
            roundMeansMs: roundMeans.map(round1),
            firstRoundFrameMs: rounds[0]?.map((t) => round1(t.frameMs)),
            firstRoundDomMs: rounds[0]?.map((t) => round1(t.domMs)),
            footers: rounds[0]?.map((t) => t.count),
            worstKeystrokeMs: round1(Math.max(...rounds.flat().map((t) => t.frameMs))),
            // The typed character on screen: the list's work must not delay it.
            echoFrameMedianMs: round1(median(echoMs)),
            echoFrameWorstMs: round1(Math.max(...echoMs)),
          },
        };
      }),
  },
];
