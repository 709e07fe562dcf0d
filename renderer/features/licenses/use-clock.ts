import { useEffect, useState } from 'react';
import { toCalendarDate } from '../../../shared/calendar';
import { CLOCK_TOLERANCE_MS } from '../../../shared/licensing/evaluations';
import { db } from '../../db/database';
import { knownLatestSeen, recordTimeSeen } from '../../db/repos/clock';

export interface Clock {
  readonly now: Date;
  /** The latest time the app has ever seen, after recording `now` (R-EVAL-4); null if the store could not be read. */
  readonly latestSeen: string | null;
}

const TICK_MS = 60_000;

/**
 * What the statuses depend on: today's date, the date of the latest time seen,
 * and whether the clock is behind it. A tick that changes none of them keeps
 * the previous clock, so a list of 10,000 licenses is not rebuilt every minute.
 */
function clockKey(clock: Clock): string {
  const behind = clock.latestSeen !== null && Date.parse(clock.latestSeen) - clock.now.getTime() > CLOCK_TOLERANCE_MS;
  return `${toCalendarDate(clock.now)}|${clock.latestSeen === null ? '' : toCalendarDate(new Date(clock.latestSeen))}|${behind}`;
}

/**
 * The current time for the licenses screens, recorded as seen on every tick,
 * when the window comes back into view, and on mount, so the high-water mark
 * of R-EVAL-4 follows the clock forward and never back. Undefined until a
 * mark is known, so an evaluation is never shown with days it does not have.
 */
export function useClock(): Clock | undefined {
  // The mark this window already knows (the app records it at start) lets the first render show statuses at once,
  // rather than wait for its own write queued behind the reading of every license.
  const [clock, setClock] = useState<Clock | undefined>(() => {
    const known = knownLatestSeen();
    if (known === undefined) return undefined;
    const now = new Date();
    return { now, latestSeen: known !== null && Date.parse(known) > now.getTime() ? known : now.toISOString() };
  });
  useEffect(() => {
    let live = true;
    const tick = async () => {
      const now = new Date();
      const mark = await recordTimeSeen(db(), now);
      // A store that cannot be written still has a clock: without a mark, nothing is flagged.
      const next: Clock = { now, latestSeen: mark.ok ? mark.value : null };
      if (live) setClock((previous) => (previous && clockKey(previous) === clockKey(next) ? previous : next));
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
