import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextDueAt, outboxPass } from './outbox-order';

const now = new Date('2026-05-01T10:00:00Z');
const entry = (seq: number, objectId: string, nextAttemptAt?: string) => ({ seq, objectId, ...(nextAttemptAt ? { nextAttemptAt } : {}) });

describe('outbox order', () => {
  it('sends in the order changes were made', () => {
    const list = [entry(3, 'b'), entry(1, 'a'), entry(2, 'a'), entry(4, 'c')];
    expect([...outboxPass(list, now, new Set())].map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('an object in backoff waits whole; other objects go on', () => {
    const list = [entry(1, 'a', '2026-05-01T10:05:00Z'), entry(2, 'a'), entry(3, 'b'), entry(4, 'b', '2026-05-01T09:00:00Z')];
    expect([...outboxPass(list, now, new Set())].map((e) => e.seq)).toEqual([3, 4]);
  });

  it('"Sync now" (force) ignores backoff but keeps the order', () => {
    const list = [entry(2, 'a'), entry(1, 'a', '2026-05-01T10:05:00Z')];
    expect([...outboxPass(list, now, new Set(), true)].map((e) => e.seq)).toEqual([1, 2]);
  });

  it('once a record fails, no later record of its object is sent in the same pass', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 30 }), fc.integer({ min: 0, max: 30 }), (objects, failAt) => {
        const list = objects.map((o, i) => entry(i + 1, o));
        const blocked = new Set<string>();
        const sent: { seq: number; objectId: string }[] = [];
        for (const e of outboxPass(list, now, blocked)) {
          if (e.seq === failAt) {
            blocked.add(e.objectId);
            continue;
          }
          sent.push(e);
        }
        const failed = list.find((e) => e.seq === failAt);
        for (const s of sent) if (failed && s.objectId === failed.objectId) expect(s.seq).toBeLessThan(failAt);
        // Within each object, sent records keep their order.
        for (const o of ['a', 'b', 'c']) {
          const seqs = sent.filter((s) => s.objectId === o).map((s) => s.seq);
          expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
        }
      }),
    );
  });

  it('tells when the first waiting record is due', () => {
    expect(nextDueAt([entry(1, 'a', '2026-05-01T10:05:00Z'), entry(2, 'b', '2026-05-01T10:01:00Z')])).toBe('2026-05-01T10:01:00.000Z');
    expect(nextDueAt([])).toBeUndefined();
  });

  it('a change never tried, waiting behind one in backoff, is not due before it (no sync every second)', () => {
    const list = [entry(1, 'a', '2026-05-01T10:05:00Z'), entry(2, 'a'), entry(3, 'a')];
    expect(nextDueAt(list)).toBe('2026-05-01T10:05:00.000Z');
    expect(nextDueAt([...list, entry(4, 'b')])).toBe('1970-01-01T00:00:00.000Z');
  });
});
