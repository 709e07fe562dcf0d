import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as DatabaseModule from '../../renderer/db/database';
import type * as BackupRepo from '../../renderer/db/repos/backup';
import type * as RestoreRepo from '../../renderer/db/repos/backup-restore';
import { parsePriceBook } from '../../shared/pricing/price-book';
import { newDraft } from '../../shared/quote';
import { launchChromium, serveSource } from './browser';
import { profiled } from './cpu-profile';
import { ratio, type Benchmark } from './harness';

/**
 * Issue 7: backing up and restoring a store of 10,000 licenses and 1,000
 * quotes in Chromium, each as a ratio to raw IndexedDB doing the bare I/O on
 * the same records in the same run: for a backup (export + canonical JSON +
 * SHA-256 + record checks), getAll of every store, JSON.stringify and SHA-256, a clear-and-put
 * transaction for a restore (parse + checksum + full validation + one
 * transaction over every table). Subject and baseline alternate; medians.
 */
const LICENSES = 10_000;
const QUOTES = 1_000;
const RUNS = 5;

function quotes() {
  const book = parsePriceBook(JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/price-book.json'), 'utf8')));
  if (!book.ok) throw new Error('the bundled price book is invalid');
  const now = new Date('2026-11-25T10:00:00Z');
  return Array.from({ length: QUOTES }, (_, i) => ({
    ...newDraft(`quote-${i}`, now, i % 2 ? 'fr' : 'en', book.value),
    poNumber: `PO-${i}`,
  }));
}

type Side = 'backup' | 'restore';

async function measure(page: Page, side: Side): Promise<{ subject: number[]; baseline: number[]; bytes: number }> {
  return page.evaluate(
    async ({ side, licenses, quoteRows, runs }) => {
      // Paths the Vite dev server resolves inside the page, not from here.
      const paths = ['/db/database.ts', '/db/repos/backup.ts', '/db/repos/backup-restore.ts'];
      const dbMod = (await import(/* @vite-ignore */ paths[0] as string)) as typeof DatabaseModule;
      const repo = (await import(/* @vite-ignore */ paths[1] as string)) as typeof BackupRepo;
      const restoring = (await import(/* @vite-ignore */ paths[2] as string)) as typeof RestoreRepo;
      const appDb = new dbMod.ConexDb(`bench-backup-${Math.random()}`);
      await appDb.open();
      const stamp = '2026-01-01T00:00:00.000Z';
      await appDb.entities.bulkAdd(
        Array.from({ length: 100 }, (_, i) => ({
          id: `e-${i}`,
          name: `Entity ${i}`,
          kind: 'library' as const,
          country: 'FR',
          notes: '',
          createdAt: stamp,
          updatedAt: stamp,
          nameKey: `FR|entity ${i}`,
        })),
      );
      await appDb.licenses.bulkAdd(
        Array.from({ length: licenses }, (_, i) => ({
          id: `lic-${i}`,
          sen: `SEN-${String(i).padStart(8, '0')}`,
          product: 'conex-books' as const,
          deployment: 'server' as const,
          tier: 'Professional' as const,
          type: 'academic' as const,
          entityId: `e-${i % 100}`,
          serverId: `SRV-${i}`,
          licensee: `Université ${i} — Bibliothèque`,
          issued: stamp,
          maintenanceStart: '2026-01-01',
          maintenanceEnd: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
          majorVersion: 9,
          createdAt: stamp,
          updatedAt: stamp,
        })),
      );
      await appDb.quotes.bulkAdd(quoteRows as never[]);
      const made = await repo.exportBackup(appDb, { now: new Date(), appVersion: 'bench' });
      if (!made.ok) throw new Error('backup failed');
      const text = made.value.text;
      const raw = appDb.backendDB();
      const names = [...raw.objectStoreNames];
      const snapshot: Record<string, unknown[]> = {};

      const rawRead = () =>
        new Promise<void>((resolve, reject) => {
          const tx = raw.transaction(names, 'readonly');
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              snapshot[name] = req.result as unknown[];
            };
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      // The floor of a backup: read every store, serialise it, hash the text. What exportBackup adds on top
      // (canonical key order, the file's header, the record checks) is what the ratio shows.
      const rawBackup = async () => {
        await rawRead();
        const bytes = new TextEncoder().encode(JSON.stringify(snapshot));
        await crypto.subtle.digest('SHA-256', bytes);
      };
      const rawWrite = () =>
        new Promise<void>((resolve, reject) => {
          const tx = raw.transaction(names, 'readwrite');
          for (const name of names) {
            const store = tx.objectStore(name);
            store.clear();
            for (const row of snapshot[name] ?? []) store.put(row);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const backup = async () => {
        const r = await repo.exportBackup(appDb, { now: new Date(), appVersion: 'bench' });
        if (!r.ok || r.value.warning) throw new Error('backup failed');
      };
      const restore = async () => {
        const read = await repo.readBackup(appDb, text);
        if (!read.ok) throw new Error(`backup refused: ${read.error.code}`);
        const r = await restoring.restoreBackup(appDb, read.value, 'replace', { now: new Date() });
        if (!r.ok) throw new Error('restore failed');
      };
      await rawRead();
      const subjectRun = side === 'backup' ? backup : restore;
      const baselineRun = side === 'backup' ? rawBackup : rawWrite;
      await subjectRun();
      await baselineRun();
      const subject: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Alternate which goes first, so both meet the same load.
        const order = i % 2 === 0 ? ([subjectRun, baselineRun] as const) : ([baselineRun, subjectRun] as const);
        for (const fn of order) {
          const t0 = performance.now();
          await fn();
          (fn === subjectRun ? subject : baseline).push(performance.now() - t0);
        }
      }
      appDb.close();
      return { subject, baseline, bytes: text.length };
    },
    { side, licenses: LICENSES, quoteRows: quotes(), runs: RUNS },
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function bench(side: Side): Benchmark {
  return {
    name:
      side === 'backup'
        ? 'back up 10,000 licenses and 1,000 quotes (ratio to raw getAll + JSON + SHA-256)'
        : 'restore 10,000 licenses and 1,000 quotes (ratio to raw IndexedDB writes)',
    async run() {
      const server = await serveSource();
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        // The Backups screen is the lightest first screen to load in the dev server.
        await page.goto(`${server.url}#/backups`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        // tsx names the arrow functions inside page.evaluate with an `__name` helper the page lacks.
        await page.evaluate('globalThis.__name = (fn) => fn');
        const times = await profiled(page, `${side}-10000-licenses`, () => measure(page, side));
        return {
          ...ratio(
            {
              label: side === 'backup' ? 'exportBackup (read, canonical JSON, SHA-256, checks)' : 'readBackup + restoreBackup (replace)',
              ms: median(times.subject),
              runs: times.subject,
            },
            {
              label: side === 'backup' ? 'raw getAll of every store, JSON.stringify, SHA-256' : 'raw clear + put of every store',
              ms: median(times.baseline),
              runs: times.baseline,
            },
            side === 'backup' ? 1.5 : undefined,
          ),
          details: { licenses: LICENSES, quotes: QUOTES, fileBytes: times.bytes, subjectRuns: times.subject, baselineRuns: times.baseline },
        };
      } finally {
        await browser.close();
        await server.close();
      }
    },
  };
}

export const benchmarks: Benchmark[] = [bench('backup'), bench('restore')];
