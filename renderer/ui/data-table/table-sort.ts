/** Which column a table is sorted by, and which way. */
export interface SortModel {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

/** Compares two rows by one column: negative when `a` comes first in ascending order. */
export type RowComparator<R> = (a: R, b: R) => number;

/** A new array of `rows` in the order `model` asks for; ties keep their input order (Array.prototype.sort is stable). */
export function sortRows<R>(rows: readonly R[], compare: RowComparator<R>, direction: SortModel['direction']): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}

/** The model after a click on `field`'s header: a new column sorts ascending, the sorted one turns around. */
export function nextSort(current: SortModel | null, field: string): SortModel {
  if (current?.field !== field) return { field, direction: 'asc' };
  return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** The aria-sort value of `field`'s header under `model`. */
export function ariaSort(model: SortModel | null, field: string): 'ascending' | 'descending' | 'none' {
  if (model?.field !== field) return 'none';
  return model.direction === 'asc' ? 'ascending' : 'descending';
}
