import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { ApiQuote } from '../../../shared/api';
import { apiPort } from '../../../playwright.config';
import { readySubmission } from '../../sandbox/fixtures';
import { AppPage } from './app';

const buildDir = join(import.meta.dirname, '..', '..', '..', `out/web-sandbox${process.env.CONEX_OUT_SUFFIX ?? ''}`);
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
};

/**
 * Serves the sandbox build's files from disk inside the browser, as the desktop
 * app holds them, so screens load while the network is off; the Conex API
 * (another port) stays unreachable under setOffline.
 */
export async function serveSandboxAppFromDisk(context: BrowserContext, baseURL: string): Promise<void> {
  // A page served this way is not "local" to Chromium, which then asks before it reaches 127.0.0.1 (Local Network Access).
  await context.grantPermissions(['local-network-access']);
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

/** The Conex API sandbox the sandbox build talks to (playwright.config.ts starts it). */
export const SANDBOX_API = `http://127.0.0.1:${apiPort}`;

/** Sandbox-only admin calls: test accounts and payment confirmation. */
export class SandboxApi {
  constructor(readonly request: APIRequestContext) {}

  /** A fresh account; returns its API token. */
  async account(email: string): Promise<string> {
    const res = await this.request.post(`${SANDBOX_API}/__sandbox/accounts`, { data: { email, name: 'E2E buyer' } });
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { token: string }).token;
  }

  /** "Payment received" for a submitted quote: the sandbox issues its license keys (R-PAY-2). */
  async confirmPayment(officialNumber: string, paymentDate: string): Promise<{ sen: string }[]> {
    const res = await this.request.post(`${SANDBOX_API}/__sandbox/confirm-payment`, { data: { officialNumber, paymentDate } });
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { licenses: { sen: string }[] }).licenses;
  }
}

/** Another computer of the same account, talking to the sandbox directly. */
export class OtherComputer {
  constructor(
    readonly request: APIRequestContext,
    readonly token: string,
  ) {}

  private headers(extra: Record<string, string> = {}) {
    return { authorization: `Bearer ${this.token}`, 'idempotency-key': crypto.randomUUID(), ...extra };
  }

  /** Submits a ready quote whose billing and technical contact is `email`. */
  async submit(id: string, email: string): Promise<ApiQuote> {
    const res = await this.request.put(`${SANDBOX_API}/v1/quotes/${id}`, {
      headers: this.headers(),
      data: readySubmission(id, new Date(), { email }),
    });
    expect(res.ok()).toBe(true);
    return (await res.json()) as ApiQuote;
  }

  async setPo(id: string, poNumber: string, revision: number): Promise<void> {
    const res = await this.request.put(`${SANDBOX_API}/v1/quotes/${id}/po`, {
      headers: this.headers({ 'if-match': `"${revision}"` }),
      data: { poNumber },
    });
    expect(res.ok()).toBe(true);
  }

  async po(id: string): Promise<string | null> {
    return (await this.quotes()).find((q) => q.id === id)?.poNumber ?? null;
  }

  /** Every quote the Conex API holds for the account, as it received them. */
  async quotes(): Promise<ApiQuote[]> {
    const res = await this.request.get(`${SANDBOX_API}/v1/quotes`, { headers: { authorization: `Bearer ${this.token}` } });
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { items: ApiQuote[] }).items;
  }
}

/** Sign-in in Settings and the sync indicator in the navigation rail. */
export class SyncPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async signIn(email: string, token: string): Promise<void> {
    await this.app.open('/#/settings');
    await this.page.getByRole('textbox', { name: 'Account email' }).fill(email);
    await this.page.getByLabel('API token').fill(token);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(this.page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}`);
  }

  /** The indicator's state word: Synced, Offline, Syncing … */
  phase() {
    return this.app.nav().getByTestId('sync-phase');
  }

  waiting() {
    return this.app.nav().getByTestId('sync-waiting');
  }

  async syncNow(): Promise<void> {
    await this.app.nav().getByRole('button', { name: 'Sync now' }).click();
  }

  async openPanel(): Promise<void> {
    await this.app
      .nav()
      .getByRole('button', { name: /^Sync: / })
      .click();
    await expect(this.page.getByRole('dialog', { name: 'Sync with Conex' })).toBeVisible();
  }

  newKeyPrompt() {
    return this.page.getByRole('alert').filter({ hasText: 'A new key is ready for' });
  }
}
