import { expect, type Page } from '@playwright/test';
import type { License } from '../../../shared/license';

/** A stored entity row, as the entities repository writes it. */
export function entityRow(id: string, name: string, country = 'FR') {
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    id,
    name,
    kind: 'library',
    country,
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    nameKey: `${country}|${name.trim().toLowerCase()}`,
  };
}

/** A stored license ending on `maintenanceEnd`, as the licenses feature stores it. */
export function licenseRow(overrides: Partial<License> & Pick<License, 'id' | 'sen' | 'entityId' | 'maintenanceEnd'>): License {
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    product: 'conex-books',
    deployment: 'server',
    tier: 'Professional',
    type: 'academic',
    serverId: `server-${overrides.id}`,
    licensee: 'Université Exemple',
    issued: stamp,
    maintenanceStart: '2026-01-01',
    majorVersion: 9,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

/**
 * Runs `write` in the page with the app closed, then opens the app again where it was. The page first goes to a file
 * of the app's origin that runs none of its code (same origin, same IndexedDB): a write into the running app raced its
 * background services. Under load the reminders read rows seeded a moment before the reload, notified a license's
 * crossing in the page about to go, and the reloaded app rightly did not notify it again (maintenance.spec.ts).
 */
async function withAppClosed(page: Page, write: () => Promise<void>): Promise<void> {
  const at = page.url();
  await page.goto(new URL('/registerSW.js', at).href);
  await write();
  await page.goto(at);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

/** Writes rows into the app's own IndexedDB tables (after the app created it), then reopens the app so every screen reads them. */
export async function seedTables(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  await withAppClosed(page, () =>
    page.evaluate(async (data) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('conex-license-manager');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(Object.keys(data), 'readwrite');
        for (const [name, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(name).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, tables),
  );
}

/** Empties every table of the app's store, as a reinstall on a new computer would, then reopens the app. */
export async function clearStore(page: Page): Promise<void> {
  await withAppClosed(page, () =>
    page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('conex-license-manager');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const names = [...db.objectStoreNames];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(names, 'readwrite');
        for (const name of names) tx.objectStore(name).clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }),
  );
}

/** How many records each table holds. */
export async function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('conex-license-manager');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, number> = {};
    for (const name of [...db.objectStoreNames]) {
      out[name] = await new Promise<number>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return out;
  });
}

/** Every record of one table. */
export async function tableRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('conex-license-manager');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  }, table);
}
