import { describe, expect, it } from 'vitest';
import { evaluationClock } from '../../../shared/licensing/evaluations';
import { storePerTest } from '../../test/store';
import { knownLatestSeen, LATEST_SEEN_KEY, readLatestSeen, recordTimeSeen } from './clock';

const database = storePerTest('clock-test');

describe('latest time seen (R-EVAL-4)', () => {
  it('is null before anything was recorded, then the first time seen', async () => {
    expect(await readLatestSeen(database())).toBeNull();
    const first = await recordTimeSeen(database(), new Date('2026-03-01T10:00:00Z'));
    expect(first).toEqual({ ok: true, value: '2026-03-01T10:00:00.000Z' });
    expect(await readLatestSeen(database())).toBe('2026-03-01T10:00:00.000Z');
  });

  it('moves forward with the clock', async () => {
    await recordTimeSeen(database(), new Date('2026-03-01T10:00:00Z'));
    const later = await recordTimeSeen(database(), new Date('2026-03-12T10:00:00Z'));
    expect(later).toEqual({ ok: true, value: '2026-03-12T10:00:00.000Z' });
  });

  it('never goes back when the clock is moved back (R-EVAL-4)', async () => {
    await recordTimeSeen(database(), new Date('2026-03-12T10:00:00Z'));
    const back = await recordTimeSeen(database(), new Date('2026-03-10T10:00:00Z'));
    expect(back).toEqual({ ok: true, value: '2026-03-12T10:00:00.000Z' });
    expect(await readLatestSeen(database())).toBe('2026-03-12T10:00:00.000Z');
  });

  it('the stored mark makes a clock moved back two days a tamper signal for an evaluation (R-EVAL-4)', async () => {
    await recordTimeSeen(database(), new Date('2026-03-12T10:00:00Z'));
    const now = new Date('2026-03-10T10:00:00Z');
    const mark = await recordTimeSeen(database(), now);
    if (!mark.ok) throw new Error('not recorded');
    expect(evaluationClock('2026-03-11', mark.value, now)).toMatchObject({ verdict: 'clock-tampered', behindMs: 2 * 86_400_000 });
  });

  it('ignores a stored value that is not a time, and replaces it', async () => {
    await database().meta.put({ key: LATEST_SEEN_KEY, value: 'yesterday' });
    expect(await readLatestSeen(database())).toBeNull();
    expect(await recordTimeSeen(database(), new Date('2026-03-01T10:00:00Z'))).toEqual({ ok: true, value: '2026-03-01T10:00:00.000Z' });
  });

  it('remembers the mark it last read or wrote, for a screen to start from without waiting', async () => {
    await recordTimeSeen(database(), new Date('2026-03-12T10:00:00Z'));
    expect(knownLatestSeen()).toBe('2026-03-12T10:00:00.000Z');
    await recordTimeSeen(database(), new Date('2026-03-10T10:00:00Z'));
    expect(knownLatestSeen()).toBe('2026-03-12T10:00:00.000Z');
  });
});
