/** A cell of a grid: row 0 is the header row, as in a table element's `rows`. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
}

const SWAPPED_IN_RTL: Partial<Record<string, string>> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/** The keys of a key press the grid reads. */
export interface GridKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/**
 * Where a key moves the focus in a grid of `size` (the WAI-ARIA grid pattern): arrows by one cell, Home and End to the
 * row's ends, Ctrl+Home and Ctrl+End to the grid's first and last cells. Undefined for a key that does not move it.
 * In a right-to-left grid the first column is on the right, so Left and Right swap: an arrow moves the way it points.
 */
export function gridMove(
  press: GridKey,
  from: GridCell,
  size: { rows: number; cols: number },
  direction: 'ltr' | 'rtl' = 'ltr',
): GridCell | undefined {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const corner = press.ctrlKey || press.metaKey;
  switch (direction === 'rtl' ? (SWAPPED_IN_RTL[press.key] ?? press.key) : press.key) {
    case 'ArrowDown':
      return { row: Math.min(from.row + 1, lastRow), col: from.col };
    case 'ArrowUp':
      return { row: Math.max(from.row - 1, 0), col: from.col };
    case 'ArrowRight':
      return { row: from.row, col: Math.min(from.col + 1, lastCol) };
    case 'ArrowLeft':
      return { row: from.row, col: Math.max(from.col - 1, 0) };
    case 'Home':
      return corner ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return corner ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    default:
      return undefined;
  }
}
