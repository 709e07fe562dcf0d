/** The page sizes a table offers; the largest is its default. */
export const PAGE_SIZES = [25, 50, 100] as const;

/** The last page index that holds rows (0 for an empty table). */
export function lastPage(count: number, pageSize: number): number {
  return Math.max(0, Math.ceil(count / pageSize) - 1);
}

/** `page` brought back into the pages `count` rows fill, as when a filter leaves fewer rows than the page shown. */
export function clampPage(page: number, count: number, pageSize: number): number {
  return Math.min(Math.max(0, page), lastPage(count, pageSize));
}

/** The rows of page `page` (0-based) at `pageSize` rows a page: the only rows a table draws. */
export function pageRows<R>(rows: readonly R[], page: number, pageSize: number): readonly R[] {
  const start = clampPage(page, rows.length, pageSize) * pageSize;
  return rows.slice(start, start + pageSize);
}
