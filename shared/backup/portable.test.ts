import { describe, expect, it } from 'vitest';
import { fromPortable, toPortable } from './portable';

describe('reading portable values back', () => {
  it('gives back the very record when it holds no date or bytes: nothing is copied', () => {
    const record = JSON.parse('{"id":"lic-1","tags":["a","b"],"nested":{"n":1}}') as unknown;
    expect(fromPortable(record)).toBe(record);
  });

  it('copies only what it decodes, and leaves the parsed record as it was', () => {
    const text = JSON.stringify(toPortable({ id: 'q-1', when: new Date('2026-12-06T00:00:00Z'), lines: [{ n: 1 }] }));
    const parsed = JSON.parse(text) as { when: unknown; lines: unknown };
    const back = fromPortable(parsed) as { when: unknown; lines: unknown };
    expect(back).not.toBe(parsed);
    expect(back.when).toEqual(new Date('2026-12-06T00:00:00Z'));
    expect(back.lines).toBe(parsed.lines);
    expect(parsed.when).toEqual({ $conex: 'date', iso: '2026-12-06T00:00:00.000Z' });
  });

  it('keeps a "__proto__" key of a file as a plain key, in a copy as in the record, never as a prototype', () => {
    const hostile = JSON.parse('{"__proto__":{"admin":true},"when":{"$conex":"date","iso":"2026-12-06T00:00:00.000Z"}}') as object;
    const back = fromPortable(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'when']);
    expect((back as { admin?: unknown }).admin).toBeUndefined();
  });
});
