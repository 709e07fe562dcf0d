import { describe, expect, it } from 'vitest';
import {
  cloudBackupsIncluded,
  endsAtStartOfDay,
  evaluationClock,
  evaluationEndInstant,
  evaluationEndsAt,
  evaluationTime,
  evaluationTerms,
  evaluationTimeLeft,
} from './evaluations';

/** A moment on the local clock, as the user reads it. */
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('evaluations', () => {
  it('last 10 days at the highest tier (R-EVAL-1)', () => {
    expect(evaluationTerms('server', '2026-11-25')).toMatchObject({ evaluationEnd: '2026-12-05', tier: 'Enterprise', backups: 'customer' });
    expect(evaluationTerms('cloud', '2026-12-28T10:00:00Z').evaluationEnd).toBe('2027-01-07');
  });

  it('Cloud evaluations have no backups; paying Cloud subscribers do (R-EVAL-2)', () => {
    expect(evaluationTerms('cloud', '2026-11-25').backups).toBe('none');
    expect(cloudBackupsIncluded({ deployment: 'cloud', type: 'evaluation' })).toBe(false);
    expect(cloudBackupsIncluded({ deployment: 'cloud', type: 'commercial' })).toBe(true);
    expect(cloudBackupsIncluded({ deployment: 'server', type: 'commercial' })).toBe(false);
  });
});

describe('the evaluation clock (R-EVAL-4)', () => {
  const end = '2026-12-05';

  it('is valid before the end, and remembers the latest time seen', () => {
    expect(evaluationClock(end, null, '2026-11-25T12:00:00.000Z')).toMatchObject({
      verdict: 'valid',
      daysLeft: 10,
      latestSeen: '2026-11-25T12:00:00.000Z',
    });
    expect(evaluationClock(end, '2026-11-25T12:00:00.000Z', '2026-11-30T12:00:00.000Z')).toMatchObject({
      verdict: 'valid',
      daysLeft: 5,
      latestSeen: '2026-11-30T12:00:00.000Z',
    });
  });

  it('expires on the end date', () => {
    expect(evaluationClock(end, '2026-12-01T12:00:00.000Z', new Date('2026-12-05T12:00:00Z'))).toEqual({
      verdict: 'expired',
      latestSeen: '2026-12-05T12:00:00.000Z',
    });
  });

  it('a clock moved back is tampering, never extra days', () => {
    const result = evaluationClock(end, '2026-12-06T12:00:00.000Z', '2026-11-26T12:00:00.000Z');
    expect(result).toEqual({ verdict: 'clock-tampered', latestSeen: '2026-12-06T12:00:00.000Z', behindMs: 10 * 86_400_000 });
  });

  it('tolerates a small correction of a few minutes, counting from the latest time seen', () => {
    expect(evaluationClock(end, '2026-12-04T12:02:00.000Z', '2026-12-04T12:00:00.000Z')).toMatchObject({
      verdict: 'valid',
      daysLeft: 1,
      latestSeen: '2026-12-04T12:02:00.000Z',
    });
    expect(evaluationClock(end, '2026-12-04T12:06:00.000Z', '2026-12-04T12:00:00.000Z').verdict).toBe('clock-tampered');
  });

  it('ignores an unreadable stored time and refuses an invalid clock', () => {
    expect(evaluationClock(end, 'garbage', '2026-11-25T12:00:00.000Z').verdict).toBe('valid');
    expect(() => evaluationClock(end, null, 'not a time')).toThrow(RangeError);
  });
});

describe('the clock tolerance boundary (R-EVAL-4)', () => {
  it('exactly 5 minutes back is a correction; a millisecond more is tampering', () => {
    expect(evaluationClock('2026-12-05', '2026-12-04T12:05:00.000Z', '2026-12-04T12:00:00.000Z').verdict).toBe('valid');
    expect(evaluationClock('2026-12-05', '2026-12-04T12:05:00.001Z', '2026-12-04T12:00:00.000Z').verdict).toBe('clock-tampered');
  });
});

describe('the time evaluations count at (R-EVAL-4)', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('R-EVAL-4 is the later of the clock and the latest time seen; nothing seen or unreadable means the clock', () => {
    expect(evaluationTime(now, '2026-11-27T00:00:00.000Z').toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(evaluationTime(now, '2026-11-01T00:00:00.000Z')).toBe(now);
    expect(evaluationTime(now, null)).toBe(now);
    expect(evaluationTime(now, 'not a date')).toBe(now);
  });
});

describe('an evaluation lasts 10 days to the minute (R-EVAL-1)', () => {
  it('started on the 3rd at 16:30, it ends on the 13th at 16:30, not at midnight', () => {
    expect(evaluationEndsAt(at(2026, 12, 3, 16, 30))).toEqual(at(2026, 12, 13, 16, 30));
    const terms = evaluationTerms('server', at(2026, 12, 3, 16, 30));
    expect(terms.endsAt).toEqual(at(2026, 12, 13, 16, 30));
    expect(terms.evaluationEnd).toBe('2026-12-13');
  });

  it('counts days until its last day, then hours and minutes on the last day, then has ended', () => {
    const end = at(2026, 12, 13, 16, 30);
    expect(evaluationTimeLeft(end, at(2026, 12, 3, 16, 30))).toEqual({ unit: 'days', days: 10 });
    expect(evaluationTimeLeft(end, at(2026, 12, 12, 23, 59))).toEqual({ unit: 'days', days: 1 });
    expect(evaluationTimeLeft(end, at(2026, 12, 13, 8, 0))).toEqual({ unit: 'hours', hours: 8, minutes: 30 });
    expect(evaluationTimeLeft(end, at(2026, 12, 13, 16, 29))).toEqual({ unit: 'hours', hours: 0, minutes: 1 });
    expect(evaluationTimeLeft(end, at(2026, 12, 13, 16, 30))).toEqual({ unit: 'ended' });
  });

  it('the clock rule counts to the minute too: the hours of the last day are not lost (R-EVAL-4)', () => {
    const end = at(2026, 12, 13, 16, 30);
    expect(evaluationClock(end, null, at(2026, 12, 13, 12, 0))).toMatchObject({
      verdict: 'valid',
      daysLeft: 0,
      timeLeft: { unit: 'hours', hours: 4, minutes: 30 },
    });
    expect(evaluationClock(end, at(2026, 12, 13, 16, 31).toISOString(), at(2026, 12, 13, 16, 28)).verdict).toBe('expired');
  });

  it('a key with only an end date ends at 00:00 on that date; one with the moment ends then', () => {
    const dateOnly = { evaluationEnd: '2026-12-13', maintenanceEnd: '2026-12-13' } as const;
    expect(evaluationEndInstant(dateOnly)).toEqual(at(2026, 12, 13));
    expect(endsAtStartOfDay(dateOnly)).toBe(true);
    const exact = { ...dateOnly, evaluationEndsAt: at(2026, 12, 13, 16, 30).toISOString() };
    expect(evaluationEndInstant(exact)).toEqual(at(2026, 12, 13, 16, 30));
    expect(endsAtStartOfDay(exact)).toBe(false);
  });
});
