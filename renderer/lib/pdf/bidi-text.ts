import bidiFactory from 'bidi-js';

/** The family pdfmake draws Arabic letters with (make-pdf.ts registers it); other text keeps the document's font. */
export const ARABIC_FAMILY = 'Amiri';

/** One piece of a line as pdfmake lays it: pieces go left to right, in the order given. */
export interface PdfInline {
  text: string;
  font?: typeof ARABIC_FAMILY;
}

const bidi = bidiFactory();

/** Characters the bundled Latin font lacks and the Arabic one draws (Arabic blocks and presentation forms). */
const ARABIC_BLOCK = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/**
 * Characters of the Arabic script proper (Unicode Scripts), not the Common ones of its block (comma,
 * semicolon, question mark, tatweel): fontkit shapes a piece with one of them as Arabic and then
 * reverses its glyphs itself, so such a piece is handed over in logical order.
 */
const ARABIC_SCRIPT =
  /[\u0600-\u0604\u0606-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u063f\u0641-\u06dc\u06de-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Whether a text has any right-to-left letter, so needs the bidi step at all. */
export function hasRtl(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** Whether a text has letters only the Arabic font draws. */
export function needsArabicFont(text: string): boolean {
  return ARABIC_BLOCK.test(text);
}

/**
 * One line of logical text as pdfmake must be given it: pieces in visual order, left to right, by the
 * Unicode Bidirectional Algorithm (bidi-js) with mirrored brackets. A piece never holds a space (pdfmake
 * breaks lines at spaces and would lay a longer piece's words left to right), nor two fonts. pdfmake
 * draws each piece through fontkit, which joins Arabic letters with the font's own OpenType forms and
 * turns an Arabic piece's glyphs right to left: such a piece goes in logical order, the rest as seen.
 */
export function visualLine(text: string, direction: 'rtl' | 'ltr'): PdfInline[] {
  const pieces: { chars: string[]; arabic: boolean; space: boolean }[] = [];
  for (const char of visualChars(text, direction)) {
    const space = /\s/.test(char);
    const arabic = !space && needsArabicFont(char);
    const last = pieces[pieces.length - 1];
    if (last && !space && !last.space && last.arabic === arabic) last.chars.push(char);
    else pieces.push({ chars: [char], arabic, space });
  }
  return pieces.map(({ chars, arabic }) => {
    const text = handedToFontkit(chars.join(''));
    return arabic ? { text, font: ARABIC_FAMILY } : { text };
  });
}

/** The characters of one line of logical text in the order a reader sees them, left to right, brackets mirrored. */
export function visualChars(text: string, direction: 'rtl' | 'ltr'): string[] {
  if (text === '') return [];
  const levels = bidi.getEmbeddingLevels(text, direction);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  // Indexes of UTF-16 units: the texts printed are in the Basic Multilingual Plane.
  const order = Array.from({ length: text.length }, (_, i) => i);
  for (const [start = 0, end = -1] of bidi.getReorderSegments(text, levels)) {
    order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  }
  // Direction marks (LRM, RLM, ALM, embeddings, isolates) have done their work: no font draws them.
  return order.map((i) => mirrored.get(i) ?? text[i] ?? '').filter((c) => !BIDI_CONTROL.test(c));
}

/** A run fontkit draws as seen: one it shapes as Arabic it turns right to left itself, so it gets it reversed. */
export function handedToFontkit(seen: string): string {
  return ARABIC_SCRIPT.test(seen) ? [...seen].reverse().join('') : seen;
}

/**
 * Breaks a logical paragraph into lines of at most `maxChars` characters at spaces, before the bidi
 * step: pdfmake breaks lines after laying pieces left to right, which for a right-to-left paragraph
 * would put its end on the first line. The caller's budget is an estimate of the width, kept short.
 */
export function breakLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > maxChars) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines;
}
