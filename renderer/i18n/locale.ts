import { localeTag, type Digits } from '../../shared/locale-tag';

export type { Digits } from '../../shared/locale-tag';

/** The digits Arabic text shows, from Settings; a module value so plain formatting functions read it without props. */
let digits: Digits = 'latn';

/** Sets the digits Arabic numbers and dates use; screens redraw when the caller announces it (see useDigits). */
export function setDigits(next: Digits): void {
  digits = next;
}

/** The locale tag every formatter of the UI uses for `language`: one function, so numbers, dates and amounts agree. */
export function localeOf(language: string): string {
  return localeTag(language, digits);
}
