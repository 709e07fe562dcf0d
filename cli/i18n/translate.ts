import type { Translate } from '../../shared/calendar/maintenance-events';

/** The command line's languages: the app's three. */
export type Lang = 'en' | 'fr' | 'ar';
/** A message catalogue: `namespace:path` keys, plural forms as `_one`/`_other`, parameters as `{{name}}`, as in the app. */
export type Catalogue = Readonly<Record<string, string>>;

/**
 * The language from `--lang`, else LC_ALL, LC_MESSAGES then LANG (as gettext
 * reads them): French when the first one set starts with `fr`, Arabic with `ar` (ar_DZ.UTF-8), English otherwise.
 */
export function pickLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  if (flag !== undefined) return flag === 'fr' || flag === 'en' || flag === 'ar' ? flag : undefined;
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return locale.startsWith('fr') ? 'fr' : locale.startsWith('ar') ? 'ar' : 'en';
}

/** The catalogue of one language, loaded only when asked: `conex --version` reads none but English's. */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  if (lang === 'fr') return (await import('./fr')).fr;
  if (lang === 'ar') return (await import('./ar')).ar;
  return (await import('./en')).en;
}

/** A `t` over a catalogue, with the app's plural rule (Intl) and `{{name}}` parameters; an unknown key prints as itself. */
export function translator(lang: Lang, catalogue: Catalogue): Translate {
  let plurals: Intl.PluralRules | undefined;
  return (key, params) => {
    let text: string | undefined;
    if (params && typeof params.count === 'number') {
      plurals ??= new Intl.PluralRules(lang);
      text = catalogue[`${key}_${plurals.select(params.count)}`] ?? catalogue[`${key}_other`];
    }
    text ??= catalogue[key] ?? key;
    return params ? text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}
