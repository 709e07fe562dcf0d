/** The rows of a page a scrolled table draws: from `start` to before `end`. */
export interface RowWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Which of `count` rows of `rowHeight` pixels a scroll box `viewport` pixels high shows when scrolled `scrollTop` pixels
 * past its first row, with `overscan` more on each side so a scroll of a few rows finds them drawn. A box not measured
 * yet (height 0: before layout, or where nothing lays out) draws every row.
 */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): RowWindow {
  if (viewport <= 0) return { start: 0, end: count };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + visible + overscan) };
}

/** The scroll position that brings row `index` (0-based) fully into a box `viewport` pixels high below a `header`. */
export function scrollToShow(index: number, scrollTop: number, viewport: number, rowHeight: number, header: number): number {
  const top = index * rowHeight;
  const room = Math.max(rowHeight, viewport - header);
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + room) return top + rowHeight - room;
  return scrollTop;
}
