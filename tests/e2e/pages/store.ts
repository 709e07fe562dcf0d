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

/** Writes rows into the app's own IndexedDB tables (after the app created it), then reloads so every screen reads them. */
export async function seedTables(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (data) => {
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
  }, tables);
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

/** Empties every table of the app's store, as a reinstall on a new computer would, then reloads. */
export async function clearStore(page: Page): Promise<void> {
  await page.evaluate(async () => {
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
  });
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
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
