/**
 * Renders resources/icons/icon.svg to the app icons: PNGs at every size the
 * installers use (resources/icons/<n>x<n>.png, icon.png), plus icon.ico and
 * icon.icns. Uses Playwright with the system Chromium; run `npm run icons`.
 */
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildIcns, buildIco } from '../build/icon-formats';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const dir = join(import.meta.dirname, '..', 'resources', 'icons');

async function main(): Promise<void> {
  const svg = await readFile(join(dir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pngs = new Map<number, Buffer>();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img id="i" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('#i').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      pngs.set(size, png);
      await writeFile(join(dir, `${size}x${size}.png`), png);
    }
  } finally {
    await browser.close();
  }
  const get = (size: number) => pngs.get(size) ?? Buffer.alloc(0);
  await writeFile(join(dir, 'icon.png'), get(1024));
  await writeFile(join(dir, 'icon.ico'), buildIco(ICO_SIZES.map(get)));
  await writeFile(join(dir, 'icon.icns'), buildIcns(pngs));
  console.log(`Wrote ${ICON_SIZES.length} PNGs, icon.png, icon.ico and icon.icns to ${dir}`);
}

await main();
