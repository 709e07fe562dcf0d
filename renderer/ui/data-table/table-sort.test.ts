import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, sortRows } from './table-sort';

const rows = [
  { id: 'a', n: 2 },
  { id: 'b', n: 1 },
  { id: 'c', n: 2 },
  { id: 'd', n: 0 },
];
const byN = (x: { n: number }, y: { n: number }) => x.n - y.n;

describe('sortRows', () => {
  it('orders ascending and keeps ties in their input order', () => {
    expect(sortRows(rows, byN, 'asc').map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('orders descending, ties still in their input order', () => {
    expect(sortRows(rows, byN, 'desc').map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const before = rows.map((r) => r.id);
    expect(sortRows(rows, byN, 'asc')).not.toBe(rows);
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('a click on a header', () => {
  it('sorts a new column ascending', () => {
    expect(nextSort({ field: 'end', direction: 'desc' }, 'sen')).toEqual({ field: 'sen', direction: 'asc' });
    expect(nextSort(null, 'sen')).toEqual({ field: 'sen', direction: 'asc' });
  });

  it('turns the sorted column around, both ways', () => {
    expect(nextSort({ field: 'sen', direction: 'asc' }, 'sen')).toEqual({ field: 'sen', direction: 'desc' });
    expect(nextSort({ field: 'sen', direction: 'desc' }, 'sen')).toEqual({ field: 'sen', direction: 'asc' });
  });

  it('tells assistive technology which header sorts, and which way', () => {
    const model = { field: 'sen', direction: 'desc' } as const;
    expect([ariaSort(model, 'sen'), ariaSort(model, 'tier'), ariaSort(null, 'sen')]).toEqual(['descending', 'none', 'none']);
    expect(ariaSort({ field: 'sen', direction: 'asc' }, 'sen')).toBe('ascending');
  });
});
