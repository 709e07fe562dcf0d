import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, servePreview, type BuiltModule } from './browser';
import type { Benchmark } from './harness';

/** Goal for the JavaScript a first start downloads before its first screen, gzipped as a server would send it. */
const GOAL_KB = 300;
const outDir = join(import.meta.dirname, '..', '..', 'out', `web${process.env.CONEX_OUT_SUFFIX ?? ''}`);

const kb = (bytes: number) => bytes / 1024;
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The script files the page fetched before it marked its first screen (a new context: nothing cached). */
async function scriptsBeforeFirstScreen(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('conex:first-screen').length > 0, undefined, { timeout: 60_000 });
  return page
    .evaluate(() => {
      const mark = performance.getEntriesByName('conex:first-screen')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < mark && /\.js($|\?)/.test(e.name))
        .map((e) => e.name);
    })
    .then((urls) => urls.map(builtPath));
}

/** A served file's path inside the build folder: chunks under assets/, and files such as the service worker's registerSW.js at its top. */
function builtPath(url: string): string {
  return new URL(url).pathname.replace(/^\//, '');
}

/** Where a module comes from, short: the package for dependencies, the path for the app's own code. */
function moduleName(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(id);
  if (inPackage) return `${inPackage[1]}/${inPackage[2]}`;
  return id.replace(/^.*?\/(renderer|shared|resources)\//, '$1/');
}

export const benchmarks: Benchmark[] = [
  {
    name: 'JavaScript loaded before the first screen, gzipped (production build)',
    async run() {
      const server = await servePreview();
      const browser = await launchChromium();
      try {
        const context = await browser.newContext();
        const files = await scriptsBeforeFirstScreen(await context.newPage(), `${server.url}#/licenses`);
        await context.close();
        const perFile = await Promise.all(files.map(async (file) => ({ file, gzip: gzipped(await readFile(join(outDir, file))) })));
        const total = perFile.reduce((sum, f) => sum + f.gzip, 0);
        // Each module's share, gzipped on its own: a guide to what to split off, not a sum (gzip shares a dictionary across a file).
        const modules: (BuiltModule & { file: string })[] = files.flatMap((file) =>
          (server.chunks.get(file.replace(/^assets\//, '')) ?? []).map((m) => ({ ...m, file })),
        );
        const byPackage = new Map<string, number>();
        for (const m of modules) {
          const name = moduleName(m.id);
          const pkg =
            name.startsWith('renderer/') || name.startsWith('shared/')
              ? name.split('/').slice(0, 2).join('/')
              : name
                  .split('/')
                  .slice(0, name.startsWith('@') ? 2 : 1)
                  .join('/');
          byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + gzipped(m.code));
        }
        const largest = [...byPackage.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([name, bytes]) => `${kb(bytes).toFixed(1)} KB  ${name}`);
        console.log(`largest parts of the first screen's JavaScript (each gzipped alone):\n  ${largest.join('\n  ')}`);
        return {
          value: kb(total),
          unit: 'KB',
          goal: GOAL_KB,
          details: {
            files: perFile.sort((a, b) => b.gzip - a.gzip).map((f) => `${kb(f.gzip).toFixed(1)} KB  ${f.file}`),
            largest,
          },
        };
      } finally {
        await browser.close();
        await server.close();
      }
    },
  },
];
