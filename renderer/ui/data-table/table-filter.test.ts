import { describe, expect, it } from 'vitest';
import { filterRows, searchNeedle } from './table-filter';

describe('filterRows', () => {
  const sorted = ['a1', 'b2', 'a3', 'c4', 'a5'];

  it('keeps the rows a predicate accepts, in the sorted order they came in', () => {
    expect(filterRows(sorted, (r) => r.startsWith('a'))).toEqual(['a1', 'a3', 'a5']);
  });

  it('hands back the same array when nothing filters, so what depends on it does not recompute', () => {
    expect(filterRows(sorted, null)).toBe(sorted);
  });
});

describe('searchNeedle', () => {
  it('trims and lower-cases what was typed', () => {
    expect(searchNeedle('  SEN-0001 ')).toBe('sen-0001');
  });

  it('asks for nothing when the box is empty or blank', () => {
    expect([searchNeedle(''), searchNeedle('   ')]).toEqual([null, null]);
  });
});
