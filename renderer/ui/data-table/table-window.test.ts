import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToShow } from './table-window';

describe('the rows a scrolled table draws', () => {
  it('draws the rows in view and a few more on each side', () => {
    expect(rowWindow(0, 520, 52, 100, 5)).toEqual({ start: 0, end: 16 });
    expect(rowWindow(52 * 40, 520, 52, 100, 5)).toEqual({ start: 35, end: 56 });
    expect(rowWindow(52 * 95, 520, 52, 100, 5)).toEqual({ start: 90, end: 100 });
  });

  it('draws every row before the box is measured, and none of a page that has none', () => {
    expect(rowWindow(0, 0, 52, 100, 5)).toEqual({ start: 0, end: 100 });
    expect(rowWindow(0, 520, 52, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls just enough to show a row reached with the keyboard, under the header', () => {
    // A box of 576 px with a 56 px header shows ten 52 px rows.
    expect(scrollToShow(5, 0, 576, 52, 56)).toBe(0);
    expect(scrollToShow(10, 0, 576, 52, 56)).toBe(52);
    expect(scrollToShow(3, 52 * 20, 576, 52, 56)).toBe(52 * 3);
  });
});
