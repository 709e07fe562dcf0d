import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The hex code points a ToUnicode map entry stands for, as text (a ligature stands for several). */
function textOf(hex: string): string {
  return String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
}

/**
 * How many different glyphs stand for each letter in one font of the PDF (the most in any of its fonts), read from
 * the fonts' ToUnicode maps. A letter of a joining script drawn joined takes a different glyph at the start, middle
 * and end of a word; drawn unjoined it has one glyph wherever it stands. (pdftotext reads every form back as the one
 * letter, so its text cannot tell.)
 */
export function glyphsPerLetter(file: string): Map<string, number> {
  const pdf = readFileSync(file);
  const most = new Map<string, number>();
  for (const match of pdf.toString('latin1').matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = pdf.indexOf('endstream', start, 'latin1');
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!body.includes('begincmap')) continue;
    const counts = new Map<string, number>();
    const add = (hex: string) => {
      const text = textOf(hex);
      if ([...text].length === 1) counts.set(text, (counts.get(text) ?? 0) + 1);
    };
    for (const range of body.matchAll(/<[0-9a-f]+>\s*<[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
      for (const unit of range[1]!.matchAll(/<([0-9a-f]+)>/gi)) add(unit[1]!);
    }
    for (const char of body.matchAll(/^<[0-9a-f]+>\s*<([0-9a-f]+)>$/gim)) add(char[1]!);
    for (const [letter, count] of counts) most.set(letter, Math.max(most.get(letter) ?? 0, count));
  }
  return most;
}

/**
 * Text as a reader compares Arabic: without the directional marks pdftotext wraps its runs in (U+202A–U+202E,
 * U+2066–U+2069, U+200E–U+200F), the short vowels and tanween (which it may write before or after the alif they sit
 * on) and the tatweel; spaces made one, and none beside punctuation (pdftotext puts a neutral mark's space on
 * the side its run ends, not where the text had it).
 */
export function arabicReading(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([-–—:،,.()])\s*/g, '$1');
}
