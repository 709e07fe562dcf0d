import { expect, type BrowserContext, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { License } from '../../../shared/license';
import type { Quote } from '../../../shared/quote';
import { AppPage } from './app';

const root = join(import.meta.dirname, '..', '..', '..');
/** The web build Playwright's web server built (playwright.config.ts), as the desktop app holds it on disk. */
const buildDir = join(root, `out/web${process.env.CONEX_OUT_SUFFIX ?? ''}`);
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves the app's files from the build folder inside the browser, so the page
 * loads and reloads with the network off: as the desktop app does from its own
 * files. Everything else (the Conex API) stays unreachable under setOffline.
 */
export async function serveAppFromDisk(context: BrowserContext, baseURL: string): Promise<void> {
  await context.route(`${baseURL}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = normalize(join(buildDir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(buildDir)) return route.fulfill({ status: 403 });
    try {
      await route.fulfill({ status: 200, body: await readFile(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** The Quotes screen: the list, the Quote & Order Form and its steps. */
export class QuotesPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/#/quotes');
    await expect(this.app.heading()).toHaveText(/Quotes|Devis/);
  }

  async newQuote(): Promise<void> {
    await this.page.getByRole('button', { name: 'New quote' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Quote & Order Form' })).toBeVisible();
  }

  tab(name: 'New' | 'Renew' | 'Upgrade') {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async choose(label: string | RegExp, option: string | RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    const listbox = this.page.getByRole('listbox');
    await expect(listbox).toBeVisible();
    await listbox.getByRole('option', { name: option }).first().click();
    // As a user does, the next step starts once the menu has closed: a click while it fades out lands on its backdrop.
    await expect(listbox).toBeHidden();
  }

  /** A field to type in: a text box, a number, or a text box that also offers earlier values (Organization, Contact email). */
  field(label: string | RegExp) {
    return this.page
      .getByRole('textbox', { name: label })
      .or(this.page.getByRole('spinbutton', { name: label }))
      .or(this.page.locator('input[role="combobox"]').and(this.page.getByRole('combobox', { name: label })));
  }

  async addToCart(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add to cart' }).click();
  }

  cartRows() {
    return this.page.getByRole('table', { name: 'Cart' }).getByRole('row');
  }

  alert() {
    return this.page.getByRole('alert');
  }

  async continue(name = 'Continue'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  async addContact(email: string, role: 'Billing' | 'Technical'): Promise<void> {
    await this.field('Contact email').fill(email);
    await this.choose('Role', role);
    await this.page.getByRole('button', { name: 'Add contact' }).click();
  }

  /** A cart with one new Starter license, then on to the contacts step. */
  async startCheckout(): Promise<void> {
    await this.open();
    await this.newQuote();
    await this.addToCart();
    await expect(this.cartRows()).toHaveCount(2);
    await this.continue('Proceed to checkout');
  }

  /** From the cart to the review of a quote asked for ("Get a Quote"): the two contacts, ACME in `country`. */
  async checkoutToReview(billing: string, technical: string, country: string): Promise<void> {
    await this.continue('Proceed to checkout');
    await this.addContact(billing, 'Billing');
    await this.addContact(technical, 'Technical');
    await this.continue();
    await this.fillOrganization(country);
    await this.continue();
    await this.page.getByRole('radio', { name: 'Get a Quote' }).check();
    await this.continue('Review My Order');
  }

  async fillOrganization(country: string): Promise<void> {
    await this.field(/^Licensee/).fill('ACME');
    await this.field(/^Organization/).fill('ACME');
    await this.field(/^Address/).fill('1 Main Street');
    await this.choose(/^Country/, country);
  }

  async downloadPdf(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    return download;
  }
}

/** A stored license for the Renew and Upgrade tabs, written the way the licenses feature stores it. */
export function license(overrides: Partial<License> & Pick<License, 'id' | 'sen'>): License {
  const stamp = '2025-01-10T09:00:00.000Z';
  return {
    product: 'conex-books',
    deployment: 'server',
    tier: 'Express',
    type: 'academic',
    entityId: 'entity-library',
    serverId: 'server-1',
    licensee: 'Université Exemple',
    issued: stamp,
    maintenanceStart: '2025-01-10',
    maintenanceEnd: '2026-01-10',
    purchaseDate: '2025-01-10',
    majorVersion: 9,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

/** Writes rows into the app's own IndexedDB (after the app created it), then reloads so the screens read them. */
export async function seedStore(
  page: Page,
  rows: { licenses?: License[]; meta?: { key: string; value: unknown }[]; quotes?: Quote[] },
): Promise<void> {
  await page.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('conex-license-manager');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['licenses', 'meta', 'quotes'], 'readwrite');
      for (const l of data.licenses ?? []) tx.objectStore('licenses').put(l);
      for (const q of data.quotes ?? []) tx.objectStore('quotes').put(q);
      for (const m of data.meta ?? []) tx.objectStore('meta').put(m);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

/** The stored quotes, read straight from IndexedDB: what survives a crash. */
export async function storedQuotes(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('conex-license-manager');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows: Record<string, unknown>[] = await new Promise((resolve, reject) => {
      const req = db.transaction('quotes').objectStore('quotes').getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  });
}
