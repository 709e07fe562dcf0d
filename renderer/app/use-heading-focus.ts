import { useEffect, useRef, type RefObject } from 'react';
import { useNavigation } from '../store/navigation';

/** How long a screen whose code is still loading may take to draw its heading before focus stops waiting for it. */
const WAIT_MS = 5_000;

/**
 * After each screen change (not at start), moves focus to the open screen's heading, so keyboard and screen reader
 * users land at the top of what they opened rather than on the navigation button. A screen whose code is still
 * loading draws its heading later: focus waits for it.
 */
export function useHeadingFocus(main: RefObject<HTMLElement | null>): void {
  // Each navigation, even to the same screen with a new intent, lands on the heading.
  const seq = useNavigation((s) => s.seq);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    if (focusHeading(root)) return;
    const observer = new MutationObserver(() => {
      if (focusHeading(root)) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [seq, main]);
}

/** Focuses the first level-one heading inside `root`, making it focusable by script only; false when there is none yet. */
export function focusHeading(root: HTMLElement): boolean {
  const heading = root.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
  return true;
}
