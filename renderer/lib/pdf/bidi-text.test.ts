import * as fontkit from 'fontkit';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARABIC_FAMILY, breakLines, hasRtl, visualChars, visualLine } from './bidi-text';

const amiri = fontkit.openSync(
  join(import.meta.dirname, '../../../node_modules/@fontsource/amiri/files/amiri-arabic-400-normal.woff'),
) as fontkit.Font;

/** The glyphs fontkit draws for a piece, left to right, as pdfkit asks it (no script given: it detects it). */
function drawn(piece: string) {
  return amiri.layout(piece).glyphs.map((g) => ({ id: g.id, char: String.fromCodePoint(...g.codePoints) }));
}
const isolated = (char: string) => amiri.layout(char).glyphs[0]?.id;

describe('the bidi and shaping step of Arabic PDFs (issue 21)', () => {
  it('joins a word’s letters: initial, medial and final forms, drawn right to left', () => {
    const [piece] = visualLine('سعر', 'rtl');
    expect(piece).toEqual({ text: 'سعر', font: ARABIC_FAMILY });
    const glyphs = drawn(piece!.text);
    // Left to right on the page: the final ر, the medial ع, the initial س.
    expect(glyphs.map((g) => g.char)).toEqual(['ر', 'ع', 'س']);
    for (const g of glyphs) expect(g.id).not.toBe(isolated(g.char));
    // The same letter takes another form elsewhere in a word: final س in "جلس" is neither isolated nor initial.
    const finalSeen = drawn(visualLine('جلس', 'rtl')[0]!.text)[0]!;
    expect(finalSeen.char).toBe('س');
    expect(finalSeen.id).not.toBe(isolated('س'));
    expect(finalSeen.id).not.toBe(glyphs[2]!.id);
  });

  it('puts a line of Arabic with "Conex Server" and an amount in visual order, Latin and figures left to right', () => {
    const line = 'ترخيص Conex Server بمبلغ 1,234.56 DZD';
    expect(visualChars(line, 'rtl').join('')).toBe('DZD 1,234.56 غلبمب Conex Server صيخرت');
    const pieces = visualLine(line, 'rtl');
    expect(pieces.map((p) => p.text)).toEqual(['DZD', ' ', '1,234.56', ' ', 'بمبلغ', ' ', 'Conex', ' ', 'Server', ' ', 'ترخيص']);
    // Arabic words go to the Arabic font in logical order (fontkit turns them); the rest keeps the document's font.
    expect(pieces.filter((p) => p.font === ARABIC_FAMILY).map((p) => p.text)).toEqual(['بمبلغ', 'ترخيص']);
    // What fontkit then draws reads, left to right, as the visual line.
    const page = pieces
      .map((p) =>
        p.font
          ? drawn(p.text)
              .map((g) => g.char)
              .join('')
          : p.text,
      )
      .join('');
    expect(page).toBe('DZD 1,234.56 غلبمب Conex Server صيخرت');
  });

  it('mirrors brackets in right-to-left text, drops direction marks, and leaves a left-to-right line alone', () => {
    expect(visualChars('(مسودة)', 'rtl').join('')).toBe('(ةدوسم)');
    // Intl puts marks around Arabic figures; no font draws them. The currency sign goes left of the figure, as a browser shows it.
    expect(visualChars('\u200f1,234.56\u00a0€', 'rtl').join('')).toBe('€\u00a01,234.56');
    expect(visualLine('SEN-12345678 (Express)', 'ltr')).toEqual([{ text: 'SEN-12345678' }, { text: ' ' }, { text: '(Express)' }]);
    expect(hasRtl('Conex Server')).toBe(false);
    expect(hasRtl('جامعة')).toBe(true);
  });

  it('breaks a paragraph into lines at spaces before ordering it, first words first', () => {
    expect(breakLines('تصدر مفاتيح الترخيص بعد الدفع', 12)).toEqual(['تصدر مفاتيح', 'الترخيص بعد', 'الدفع']);
    expect(breakLines('a\nb c', 80)).toEqual(['a', 'b c']);
  });
});
