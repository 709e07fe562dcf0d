/** The rows `keep` accepts, in their order: filtering a sorted array keeps it sorted, so a keystroke never sorts again. */
export function filterRows<R>(rows: readonly R[], keep: ((row: R) => boolean) | null): readonly R[] {
  return keep === null ? rows : rows.filter(keep);
}

/** What the user typed into a search box, ready to match prepared lower-case text; null when it asks for nothing. */
export function searchNeedle(input: string): string | null {
  const needle = input.trim().toLocaleLowerCase();
  return needle === '' ? null : needle;
}
