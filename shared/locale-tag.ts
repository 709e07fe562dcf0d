/**
 * The one place a BCP 47 locale tag is built from the app's language, so every number, date and amount on screen
 * agrees. Arabic is Arabic as written in Algeria (ar-DZ) with the Gregorian calendar, and with the digits the user
 * chose: Western digits (latn, the usual choice in Algeria) or Arabic-Indic digits (arab).
 */
export const DIGITS = ['latn', 'arab'] as const;
export type Digits = (typeof DIGITS)[number];

/** "en", "fr", or "ar-DZ-u-ca-gregory-nu-latn" / "…-nu-arab"; Unicode extension keys stay in alphabetical order. */
export function localeTag(language: string, digits: Digits = 'latn'): string {
  const base = language.toLowerCase().split(/[-_]/)[0];
  if (base === 'ar') return `ar-DZ-u-ca-gregory-nu-${digits}`;
  return base === 'fr' ? 'fr' : 'en';
}
