import { describe, expect, it } from 'vitest';
import { ARABIC_FAMILY } from './bidi-text';
import { bidiDocument, isRtlLanguage } from './rtl-document';

describe('a right-to-left PDF document (issue 21)', () => {
  it('runs table columns and columns from the right, keeps a spanning cell first, swaps alignment and margins', () => {
    const doc = bidiDocument(
      {
        content: [
          {
            table: {
              widths: [20, '*'],
              body: [
                [{ text: '#' }, { text: 'البند', alignment: 'left' }],
                [{ text: 'ملاحظة', colSpan: 2 }, {}],
              ],
            },
          },
          { columns: [{ text: 'Conex' }, { text: 'العميل' }], margin: [1, 2, 3, 4] },
        ],
      },
      'rtl',
    );
    const [table, columns] = doc.content as [
      { table: { widths: unknown[]; body: { text: unknown; alignment?: string; colSpan?: number }[][] } },
      { columns: { text: { text: string }[] }[]; margin: number[] },
    ];
    expect(table.table.widths).toEqual(['*', 20]);
    expect(table.table.body[0]?.map((c) => c.alignment)).toEqual(['right', 'right']);
    expect(table.table.body[0]?.[0]?.text).toEqual([{ text: 'البند', font: ARABIC_FAMILY, alignment: 'right' }]);
    expect(table.table.body[1]?.[0]).toMatchObject({ colSpan: 2 });
    expect(columns.columns.map((c) => c.text[0]?.text)).toEqual(['العميل', 'Conex']);
    expect(columns.margin).toEqual([3, 2, 1, 4]);
  });

  it('leaves a left-to-right document as it was, but for its texts with Arabic letters', () => {
    const doc = bidiDocument({ content: ['Quote', { text: 'Licensee: جامعة الجزائر' }] }, 'ltr');
    expect((doc.content as unknown[])[0]).toBe('Quote');
    // The Arabic name reads right to left inside the English line: its first word is the rightmost.
    expect((doc.content as { text: { text: string }[] }[])[1]?.text.map((p) => p.text)).toEqual([
      'Licensee:',
      ' ',
      'الجزائر',
      ' ',
      'جامعة',
    ]);
    expect(isRtlLanguage('ar')).toBe(true);
    expect(isRtlLanguage('fr')).toBe(false);
  });
});
