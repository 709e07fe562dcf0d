/**
 * The option of an open list whose text is `option` (a string matches the whole text, a pattern any part), for tests.
 * getByRole('option', { name }) works out the accessible name of every option with its computed styles: over the
 * 250 countries of a country list that took 0.8 s on a quiet machine and, eight times slower on a loaded CI run, put
 * a test past its 20 s limit. A list option's name is its text, so the text is matched, and exactly one must match.
 */
export function optionIn(listbox: HTMLElement, option: RegExp | string): HTMLElement {
  const found = [...listbox.querySelectorAll<HTMLElement>('[role="option"]')].filter((el) => {
    const text = (el.textContent ?? '').trim();
    return typeof option === 'string' ? text === option : option.test(text);
  });
  if (found.length !== 1) throw new Error(`Expected one option ${String(option)} in the list, found ${found.length}`);
  return found[0] as HTMLElement;
}
