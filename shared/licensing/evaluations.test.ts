import { describe, expect, it } from 'vitest';
import { cloudBackupsIncluded, evaluationClock, evaluationTime, evaluationTerms } from './evaluations';

describe('evaluations', () => {
  it('last 10 days at the highest tier (R-EVAL-1)', () => {
    expect(evaluationTerms('server', '2026-11-25')).toEqual({ evaluationEnd: '2026-12-05', tier: 'Enterprise', backups: 'customer' });
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
    expect(evaluationClock(end, null, '2026-11-25T12:00:00.000Z')).toEqual({
      verdict: 'valid',
      daysLeft: 10,
      latestSeen: '2026-11-25T12:00:00.000Z',
    });
    expect(evaluationClock(end, '2026-11-25T12:00:00.000Z', '2026-11-30T12:00:00.000Z')).toEqual({
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
    expect(evaluationClock(end, '2026-12-04T12:02:00.000Z', '2026-12-04T12:00:00.000Z')).toEqual({
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
