import { describe, expect, it } from 'vitest';
import { clampPage, lastPage, pageRows } from './table-page';

const rows = Array.from({ length: 230 }, (_, i) => i);

describe('pages of a table', () => {
  it('draws only the rows of the page shown', () => {
    expect(pageRows(rows, 0, 100)).toHaveLength(100);
    expect(pageRows(rows, 1, 100)[0]).toBe(100);
    expect(pageRows(rows, 2, 100)).toEqual(rows.slice(200));
  });

  it('counts the last page that holds rows, 0 when there are none', () => {
    expect([lastPage(230, 100), lastPage(200, 100), lastPage(0, 25), lastPage(1, 25)]).toEqual([2, 1, 0, 0]);
  });

  it('brings a page past the end back to the last one, as when a filter leaves fewer rows', () => {
    expect(clampPage(5, 230, 100)).toBe(2);
    expect(clampPage(-1, 230, 100)).toBe(0);
    expect(pageRows(rows, 9, 100)).toEqual(rows.slice(200));
    expect(pageRows([], 3, 25)).toEqual([]);
  });
});
