import { COUNTRY_CODES } from '../../shared/countries';
import { localeOf } from '../i18n/locale';

/** Country choices in the user's language, sorted by name. */
export function countryOptions(language: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([localeOf(language)], { type: 'region' });
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, localeOf(language)),
  );
}

/** One country's name in the user's language. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
