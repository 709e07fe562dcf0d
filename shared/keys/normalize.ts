/**
 * What people paste is rarely just the key: mail clients wrap lines, chat
 * tools add quotes, and the Conex portal shows an armoured block. Everything
 * here is stripped before the key is read; what remains is the canonical key.
 */
export const ARMOUR_BEGIN = '-----BEGIN CONEX LICENSE-----';
export const ARMOUR_END = '-----END CONEX LICENSE-----';

// All whitespace, plus the invisible characters rich-text copies carry along.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/gu;
const QUOTES = new Set(['"', "'", '`', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '<', '>']);
// Most pastes are the bare key: skip the stripping passes for them.
const BARE_KEY = /^[A-Za-z0-9_.-]*$/;
const BEGIN = ARMOUR_BEGIN.replace(/\s/g, '').toUpperCase();
const END = ARMOUR_END.replace(/\s/g, '').toUpperCase();

/** Strips whitespace, line breaks, surrounding quotes and BEGIN/END armour from a pasted key. */
export function normalizeKeyText(text: string): string {
  if (BARE_KEY.test(text)) return text;
  let s = text.replace(INVISIBLE, '');
  let previous: string;
  do {
    previous = s;
    while (s.length > 0 && QUOTES.has(s[0]!)) s = s.slice(1);
    while (s.length > 0 && QUOTES.has(s[s.length - 1]!)) s = s.slice(0, -1);
    if (s.slice(0, BEGIN.length).toUpperCase() === BEGIN) s = s.slice(BEGIN.length);
    if (s.slice(-END.length).toUpperCase() === END) s = s.slice(0, -END.length);
  } while (s !== previous);
  return s;
}

/** Wraps a key in the armour the Conex portal uses, 64 characters a line. */
export function armourKey(key: string): string {
  const lines = key.match(/.{1,64}/g) ?? [];
  return [ARMOUR_BEGIN, ...lines, ARMOUR_END].join('\n');
}
