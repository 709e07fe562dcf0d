import type { Locator } from '@playwright/test';

/**
 * Waits until whatever holds `locator` has finished moving in: no transition runs on it or on a box around
 * it, and none of them is still faded. Playwright's own "stable" check compares two frames, which can both be
 * read before a menu growing open has moved (microsoft/playwright#16048): the click then lands on a neighbour.
 */
export async function arrived(locator: Locator): Promise<void> {
  const element = await locator.elementHandle();
  await locator.page().waitForFunction((el) => {
    if (!el) return false;
    for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return false;
    return !document
      .getAnimations()
      .some(
        (a) =>
          a.playState === 'running' &&
          a.effect instanceof KeyframeEffect &&
          a.effect.target instanceof Element &&
          a.effect.target.contains(el),
      );
  }, element);
}
