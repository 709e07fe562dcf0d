import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonByHand } from './canonical';
import { portableValue, toPortable } from './portable';

describe('canonical JSON through a sorted copy', () => {
  it('writes exactly what the reference writes, for any JSON value and for values JSON would mangle (property)', () => {
    const odd = fc.oneof(
      fc.constant(undefined),
      fc.constant(() => 1),
      fc.constant(Symbol('s')),
      fc.constant(Number.NaN),
      fc.constant(-0),
      fc.constant(new Date(0)),
    );
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '7', '10', '01', '4294967295', '__proto__', 'toJSON', '$conex'));
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.jsonValue({ maxDepth: 2 }), odd),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(canonicalJsonByHand(v));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts keys a store returns in any order, including integer-like keys engines put first', () => {
    expect(canonicalJson({ b: 1, a: 2, 10: 'x', 9: 'y' })).toBe('{"10":"x","9":"y","a":2,"b":1}');
    expect(canonicalJson({ z: { y: 1, x: [{ b: 1, a: 2 }] } })).toBe('{"z":{"x":[{"a":2,"b":1}],"y":1}}');
  });

  it('keeps a property named __proto__ as a property', () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('with the portable conversion, writes what canonicalising the portable copy writes (property)', () => {
    const stored = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.jsonValue({ maxDepth: 1 }),
        fc.date({ noInvalidDate: true }),
        fc.uint8Array({ maxLength: 8 }),
        fc.uint8Array({ maxLength: 8 }).map((b) => b.buffer),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(stored, (v) => {
        expect(canonicalJson(v, portableValue)).toBe(canonicalJsonByHand(toPortable(v)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses, as the portable copy does, a value JSON would turn into {}', () => {
    expect(() => canonicalJson({ a: new Map() }, portableValue)).toThrow(/cannot hold a Map/);
  });
});
