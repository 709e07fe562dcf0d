import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLengthAtMost } from './json-size';

describe('whether a record written as JSON stays under a limit', () => {
  it('answers as JSON.stringify would, for any JSON value and limit (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat({ max: 400 }), (value, limit) => {
        expect(jsonLengthAtMost(value, limit)).toBe(JSON.stringify(value).length <= limit);
      }),
      { numRuns: 500 },
    );
  });

  it('counts escapes exactly where the bound cannot decide', () => {
    const control = '\u0001'.repeat(10); // 60 characters once escaped: {"a":"…"} is 68
    expect(jsonLengthAtMost({ a: control }, 68)).toBe(true);
    expect(jsonLengthAtMost({ a: control }, 67)).toBe(false);
  });

  it('leaves values JSON writes its own way (toJSON, undefined) to the exact count', () => {
    const when = new Date('2026-12-06T00:00:00Z');
    expect(jsonLengthAtMost({ when }, 35)).toBe(true);
    expect(jsonLengthAtMost({ when }, 34)).toBe(false);
    expect(jsonLengthAtMost({ gone: undefined, kept: 1 }, 10)).toBe(true);
  });

  it('a record of a megabyte and more is too long for a 1 MiB limit, however it is made', () => {
    expect(jsonLengthAtMost({ notes: 'x'.repeat(1024 * 1024) }, 1024 * 1024)).toBe(false);
    expect(jsonLengthAtMost({ list: Array.from({ length: 300_000 }, () => 12345) }, 1024 * 1024)).toBe(false);
  });
});
