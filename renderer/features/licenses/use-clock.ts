import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { recordTimeSeen } from '../../db/repos/clock';

export interface Clock {
  readonly now: Date;
  /** The latest time the app has ever seen, after recording `now` (R-EVAL-4); null if the store could not be read. */
  readonly latestSeen: string | null;
}

const TICK_MS = 60_000;

/**
 * The current time for the licenses screens, recorded as seen on every tick,
 * when the window comes back into view, and on mount, so the high-water mark
 * of R-EVAL-4 follows the clock forward and never back. Undefined until the
 * mark is read, so an evaluation is never shown with days it does not have.
 */
export function useClock(): Clock | undefined {
  const [clock, setClock] = useState<Clock>();
  useEffect(() => {
    let live = true;
    const tick = async () => {
      const now = new Date();
      const mark = await recordTimeSeen(db(), now);
      // A store that cannot be written still has a clock: without a mark, nothing is flagged.
      if (live) setClock({ now, latestSeen: mark.ok ? mark.value : null });
    };
    void tick();
    const timer = setInterval(() => void tick(), TICK_MS);
    const onVisible = () => document.visibilityState === 'visible' && void tick();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, []);
  return clock;
}
