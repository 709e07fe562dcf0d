/**
 * Background work (sync, reminders) waits for the first screen: at start-up it
 * would compete with that screen's code and IndexedDB reads for the one thread.
 */

/** Work left waiting this long for a first screen (one that failed to load) starts anyway. */
const FIRST_SCREEN_WAIT_MS = 5_000;
/** At most this long waiting for an idle moment once the first screen is drawn. */
const IDLE_WAIT_MS = 1_000;

let expected = false;
let markShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** The app shell says a first screen is on its way: work passed to `afterFirstScreen` waits for it. */
export function expectFirstScreen(): void {
  expected = true;
}

/** The app shell says the first screen has been drawn. */
export function firstScreenShown(): void {
  expected = false;
  markShown();
}

function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: IDLE_WAIT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/**
 * Starts `start` once the first screen is drawn and the window is idle; without
 * a first screen on its way (later on, or a component on its own) at the next
 * idle moment. Returns a stop function: it cancels the start if it has not come,
 * else stops what `start` started.
 */
export function afterFirstScreen(start: () => () => void): () => void {
  let stopped = false;
  let stopStarted: (() => void) | undefined;
  let cancelIdle: () => void = () => undefined;
  const schedule = () => {
    if (stopped) return;
    cancelIdle = whenIdle(() => {
      if (!stopped) stopStarted = start();
    });
  };
  if (expected) {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));
    void Promise.race([shown, timeout]).then(() => {
      // Past the wait, later work need not wait for that first screen again.
      expected = false;
      schedule();
    });
  } else {
    schedule();
  }
  return () => {
    stopped = true;
    cancelIdle();
    stopStarted?.();
  };
}
