import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Scan = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Waits until no CSS transition or animation runs: axe measuring a dialog mid-fade reports contrast that no user sees. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 });
}

/** Starts noting, in the page, whether any transition or animation starts from now on. */
async function watchMotion(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as Window & { conexMoved?: boolean; conexWatching?: boolean };
    w.conexMoved = false;
    if (w.conexWatching) return;
    w.conexWatching = true;
    for (const type of ['transitionrun', 'animationstart']) document.addEventListener(type, () => (w.conexMoved = true), true);
  });
}

const moved = (page: Page) => page.evaluate(() => (window as Window & { conexMoved?: boolean }).conexMoved === true);

/**
 * axe as these stories need it: run in the page itself (legacy mode: the app has no cross-origin frames, and the
 * default mode opened a new tab per scan to merge frame results), and reporting violations in full but passes and
 * incomplete checks by one example each (what axe's resultTypes is for: the stories read violations only).
 */
function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/**
 * Runs axe on the page once it stands still. The app moves on its own timers too (a toast hides itself
 * after a few seconds): a scan during which something started to move measured a frame no user reads,
 * so it is taken again on the settled page.
 */
export async function scan(page: Page, rules?: string[]): Promise<Scan> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await settled(page);
    await watchMotion(page);
    const builder = axeOn(page);
    const results = await (rules ? builder.withRules(rules) : builder).analyze();
    if (!(await moved(page))) return results;
  }
  throw new Error('The page kept moving during three axe scans in a row.');
}

/** Serious and critical axe violations on the page as it stands, each described for a readable failure naming `where`. */
export async function seriousViolations(page: Page, where: string, rules?: string[]): Promise<string[]> {
  const results = await scan(page, rules);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Runs axe on the page as it stands once settled; fails on any serious or critical violation, naming `what`. */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  expect(await seriousViolations(page, what)).toEqual([]);
}

/** Waits until the app has drawn itself in `scheme` (CssBaseline paints the body in the theme's background). */
async function drawnIn(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.waitForFunction((dark) => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    const light = (r + g + b) / 3 > 127;
    return dark ? !light : light;
  }, scheme === 'dark');
}

/**
 * Serious and critical violations on the page as it stands, in the light theme and then the dark one, with the app's
 * theme left on "System" and the system's colour scheme switched under it (as a user switching their desktop would).
 * The dark pass runs axe's colour-contrast rule only: a theme changes colours, never names, roles or structure, so
 * the other rules would only repeat the light pass. Leaves the page light.
 */
export async function seriousViolationsInBothThemes(page: Page, where: string): Promise<string[]> {
  await drawnIn(page, 'light');
  const found = await seriousViolations(page, `${where} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await drawnIn(page, 'dark');
  found.push(...(await seriousViolations(page, `${where} (dark)`, ['color-contrast'])));
  await page.emulateMedia({ colorScheme: 'light' });
  await drawnIn(page, 'light');
  return found;
}

/** Fails on any serious or critical violation in either theme (see `seriousViolationsInBothThemes`). */
export async function expectNoSeriousViolationsInBothThemes(page: Page, what: string): Promise<void> {
  expect(await seriousViolationsInBothThemes(page, what)).toEqual([]);
}
