import { describe, expect, it } from 'vitest';
import { gridMove } from './grid-keys';

const press = (key: string, ctrlKey = false) => ({ key, ctrlKey, metaKey: false });
const size = { rows: 4, cols: 3 };

describe('moving in a grid with the keyboard', () => {
  it('arrows move one cell and stop at the edges', () => {
    expect(gridMove(press('ArrowDown'), { row: 0, col: 1 }, size)).toEqual({ row: 1, col: 1 });
    expect(gridMove(press('ArrowDown'), { row: 3, col: 1 }, size)).toEqual({ row: 3, col: 1 });
    expect(gridMove(press('ArrowUp'), { row: 0, col: 1 }, size)).toEqual({ row: 0, col: 1 });
    expect(gridMove(press('ArrowRight'), { row: 2, col: 2 }, size)).toEqual({ row: 2, col: 2 });
    expect(gridMove(press('ArrowLeft'), { row: 2, col: 2 }, size)).toEqual({ row: 2, col: 1 });
  });

  it('Home and End go to the ends of the row; with Ctrl, to the first and last cells of the grid', () => {
    expect(gridMove(press('Home'), { row: 2, col: 2 }, size)).toEqual({ row: 2, col: 0 });
    expect(gridMove(press('End'), { row: 2, col: 0 }, size)).toEqual({ row: 2, col: 2 });
    expect(gridMove(press('Home', true), { row: 2, col: 2 }, size)).toEqual({ row: 0, col: 0 });
    expect(gridMove(press('End', true), { row: 1, col: 0 }, size)).toEqual({ row: 3, col: 2 });
  });

  it('in a right-to-left grid Left and Right swap, each moving the way it points; Up, Down, Home and End stay', () => {
    expect(gridMove(press('ArrowLeft'), { row: 2, col: 1 }, size, 'rtl')).toEqual({ row: 2, col: 2 });
    expect(gridMove(press('ArrowRight'), { row: 2, col: 1 }, size, 'rtl')).toEqual({ row: 2, col: 0 });
    expect(gridMove(press('ArrowLeft'), { row: 2, col: 2 }, size, 'rtl')).toEqual({ row: 2, col: 2 });
    expect(gridMove(press('ArrowDown'), { row: 0, col: 1 }, size, 'rtl')).toEqual({ row: 1, col: 1 });
    expect(gridMove(press('Home'), { row: 2, col: 2 }, size, 'rtl')).toEqual({ row: 2, col: 0 });
    expect(gridMove(press('ArrowLeft'), { row: 2, col: 1 }, size, 'ltr')).toEqual({ row: 2, col: 0 });
  });

  it('other keys do not move', () => {
    expect(gridMove(press('a'), { row: 1, col: 1 }, size)).toBeUndefined();
    expect(gridMove(press('Tab'), { row: 1, col: 1 }, size)).toBeUndefined();
  });
});
