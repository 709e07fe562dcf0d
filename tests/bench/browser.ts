import { chromium, type Browser, type Page } from '@playwright/test';
import { join } from 'node:path';
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

const root = join(import.meta.dirname, '..', '..');
const configFile = join(root, 'vite.config.ts');

/** Debian's Chromium, as the e2e tests use it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A module of a built chunk: its path and the code it put in the chunk. */
export interface BuiltModule {
  id: string;
  code: string;
}

/** The web build (production or sandbox) built afresh and served on a free port, with what each JavaScript chunk holds. */
export async function servePreview(
  mode: 'production' | 'sandbox' = 'production',
): Promise<{ url: string; close: () => Promise<void>; chunks: Map<string, BuiltModule[]> }> {
  // The folder vite.config.ts builds to, CONEX_OUT_SUFFIX included, so a run beside other builds serves its own.
  const outDir = join(root, `out/web${mode === 'sandbox' ? '-sandbox' : ''}${process.env.CONEX_OUT_SUFFIX ?? ''}`);
  // Always rebuild: a stale build would measure old code. A dev server started earlier in this process (serveSource)
  // leaves NODE_ENV=development, which Vite keeps: without this, every later "production" figure measured React's
  // development build (the first screen's JavaScript came out at 597 KB instead of 492 KB).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let built: Awaited<ReturnType<typeof build>>;
  try {
    built = await build({ configFile, mode, logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const chunks = new Map<string, BuiltModule[]>();
  for (const output of Array.isArray(built) ? built : 'output' in built ? [built] : []) {
    for (const item of output.output) {
      if (item.type !== 'chunk') continue;
      chunks.set(
        item.fileName.replace(/^assets\//, ''),
        Object.entries(item.modules).map(([id, m]) => ({ id, code: m.code ?? '' })),
      );
    }
  }
  const development = [...chunks.values()].flat().find((m) => m.code.includes('jsxDEV('));
  if (development) throw new Error(`the ${mode} build holds development code (${development.id}): its figures would mislead`);
  const server: PreviewServer = await preview({
    configFile,
    mode,
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  return { url, close: () => server.close(), chunks };
}

/** A Vite dev server on the renderer, so a benchmark can import the app's own modules (`/db/repos/entities.ts`) in the page. */
export async function serveSource(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({ configFile, server: { port: 0, host: '127.0.0.1', hmr: false }, logLevel: 'warn' });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? '';
  return { url, close: () => server.close() };
}

/**
 * The production web build opened on Settings in a fresh browser, its store filled by `seed` (straight into
 * IndexedDB), then `fn` run on that page. `restart` starts the app again on the seeded store, as the user's next
 * start, for what the app reads only at start (its settings).
 */
export async function withSeededApp<T>(
  seed: (page: Page) => Promise<void>,
  fn: (page: Page, url: string) => Promise<T>,
  options: { restart?: boolean } = {},
): Promise<T> {
  const server = await servePreview();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    // tsx keeps function names with an `__name` helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(`${server.url}#/settings`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await seed(page);
    if (options.restart) {
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    }
    return await fn(page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}
