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
 * Runs axe on the page once it stands still. The app moves on its own timers too (a toast hides itself
 * after a few seconds): a scan during which something started to move measured a frame no user reads,
 * so it is taken again on the settled page.
 */
export async function scan(page: Page): Promise<Scan> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await settled(page);
    await watchMotion(page);
    const results = await new AxeBuilder({ page }).analyze();
    if (!(await moved(page))) return results;
  }
  throw new Error('The page kept moving during three axe scans in a row.');
}

/** Serious and critical axe violations on the page as it stands, each described for a readable failure naming `where`. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await scan(page);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Runs axe on the page as it stands once settled; fails on any serious or critical violation, naming `what`. */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  expect(await seriousViolations(page, what)).toEqual([]);
}
