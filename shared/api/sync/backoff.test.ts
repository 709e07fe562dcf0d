import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, retryAfterMs } from './backoff';

describe('backoff with jitter', () => {
  it('waits between half and all of base·2^(n-1), capped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (n, r) => {
        const ceiling = Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** (n - 1));
        const d = backoffDelay(n, r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(d).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it('grows with each failure until the cap, whatever the random draw', () => {
    const policy = { baseMs: 100, capMs: 1600 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 0, policy))).toEqual([50, 100, 200, 400, 800, 800]);
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 0.999999, policy))).toEqual([100, 200, 400, 800, 1600, 1600]);
  });

  it('two apps with different draws wait different times (the jitter)', () => {
    expect(backoffDelay(4, 0.1)).not.toBe(backoffDelay(4, 0.9));
  });

  it('reads Retry-After in seconds, capped, and ignores dates or junk', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('99999')).toBe(DEFAULT_BACKOFF.capMs);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
