import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ARABIC_FAMILY, breakLines, hasRtl, visualLine } from './bidi-text';

type Direction = 'rtl' | 'ltr';
type Node = Record<string, unknown>;

/** Languages written right to left: their PDFs are mirrored (columns, alignment, margins). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur']);

export function isRtlLanguage(language: string): boolean {
  return RTL_LANGUAGES.has(language);
}

/** A4 less the quote's side margins (quote-pdf.ts), in points. */
const CONTENT_WIDTH = 523;
/** A generous average advance, as a share of the font size, so an estimated line is never wider than its box. */
const AVERAGE_ADVANCE = 0.56;
const CELL_PADDING = 8;

interface Context {
  direction: Direction;
  width: number;
  fontSize: number;
}

const swapSides = (alignment: unknown) =>
  alignment === 'left' || alignment === undefined ? 'right' : alignment === 'right' ? 'left' : alignment;

function lineInlines(text: string, ctx: Context, alignment: unknown) {
  const maxChars = Math.max(8, Math.floor(ctx.width / (ctx.fontSize * AVERAGE_ADVANCE)));
  const lines = ctx.direction === 'rtl' || hasRtl(text) ? breakLines(text, maxChars) : [text];
  return lines.flatMap((line, i) => {
    const pieces = visualLine(line, ctx.direction);
    // pdfmake aligns a line by its first piece; an empty line still needs one to end it.
    const all = pieces.length > 0 ? pieces : [{ text: '' }];
    if (i < lines.length - 1) all[all.length - 1] = { ...all[all.length - 1]!, text: `${all[all.length - 1]!.text}\n` };
    return all.map((p) => (alignment === undefined ? p : { ...p, alignment }));
  });
}

/** Widths of a table's or columns' boxes: fixed ones as given, '*' and 'auto' sharing what is left. */
function boxWidths(widths: unknown[], total: number): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w + CELL_PADDING : 0), 0);
  const flexible = widths.filter((w) => typeof w !== 'number').length;
  const share = Math.max(40, (total - fixed) / Math.max(1, flexible) - CELL_PADDING);
  return widths.map((w) => (typeof w === 'number' ? w : share));
}

/** A table row read right to left: a cell keeps the placeholders its colSpan covers after it. */
function mirrorRow(row: unknown[]): unknown[] {
  const groups: unknown[][] = [];
  for (let i = 0; i < row.length;) {
    const cell = row[i];
    const span = cell && typeof cell === 'object' && 'colSpan' in cell ? Number((cell as Node).colSpan) : 1;
    groups.push(row.slice(i, i + span));
    i += Math.max(1, span);
  }
  return groups.reverse().flat();
}

function mirrorMargin(margin: unknown): unknown {
  return Array.isArray(margin) && margin.length === 4 ? [margin[2], margin[1], margin[0], margin[3]] : margin;
}

function walk(node: unknown, ctx: Context): unknown {
  if (typeof node === 'string') return ctx.direction === 'ltr' && !hasRtl(node) ? node : walk({ text: node }, ctx);
  if (Array.isArray(node)) return node.map((child) => walk(child, ctx));
  if (!node || typeof node !== 'object') return node;
  const source = node as Node;
  const rtl = ctx.direction === 'rtl';
  const here: Context = { ...ctx, fontSize: typeof source.fontSize === 'number' ? source.fontSize : ctx.fontSize };
  const out: Node = { ...source };
  if (rtl && 'margin' in source) out.margin = mirrorMargin(source.margin);
  if (typeof source.text === 'string') {
    const alignment = rtl ? swapSides(source.alignment) : source.alignment;
    if (!rtl && !hasRtl(source.text)) return out;
    out.text = lineInlines(source.text, here, alignment);
    if (alignment !== undefined) out.alignment = alignment;
    return out;
  }
  if (Array.isArray(source.stack)) out.stack = walk(source.stack, here);
  if (Array.isArray(source.columns)) {
    const widths = boxWidths(
      source.columns.map((c) => (c && typeof c === 'object' ? (c as Node).width : '*') ?? '*'),
      ctx.width - Number(source.columnGap ?? 0),
    );
    const columns = source.columns.map((c, i) => walk(c, { ...here, width: widths[i] ?? here.width }));
    out.columns = rtl ? columns.reverse() : columns;
  }
  if (source.table && typeof source.table === 'object') {
    const table = source.table as { body: unknown[][]; widths?: unknown[] };
    const widths = boxWidths(table.widths ?? table.body[0]?.map(() => '*') ?? [], here.width);
    const body = table.body.map((row) => row.map((cell, i) => walk(cell, { ...here, width: widths[i] ?? here.width })));
    out.table = {
      ...table,
      body: rtl ? body.map(mirrorRow) : body,
      ...(table.widths ? { widths: rtl ? [...table.widths].reverse() : table.widths } : {}),
    };
  }
  return out;
}

/**
 * A watermark is one string in one font, the Arabic one when it has Arabic letters; pdfkit draws its
 * words left to right as given and fontkit turns each Arabic word itself, so it gets the pieces of the
 * bidi step in visual order. The Arabic font's subset has no hyphen-minus: the Unicode hyphen stands in.
 */
function watermark(mark: TDocumentDefinitions['watermark'], direction: Direction): TDocumentDefinitions['watermark'] {
  if (!mark || typeof mark === 'string' || !hasRtl(mark.text)) return mark;
  const text = visualLine(mark.text, direction)
    .map((piece) => piece.text)
    .join('')
    .replace(/-/g, '\u2010');
  return { ...mark, text, font: ARABIC_FAMILY };
}

/**
 * The document as a reader of `direction` sees it: every text through the bidi step (Arabic letters
 * joined by the font, mixed Latin, SENs and amounts in visual order); right to left, columns and table
 * columns run from the right, text is right-aligned (numbers left) and side margins swap. A left-to-right
 * document changes only its texts with right-to-left letters (an Arabic customer name in a French quote).
 */
export function bidiDocument(doc: TDocumentDefinitions, direction: Direction): TDocumentDefinitions {
  const defaultSize = typeof doc.defaultStyle?.fontSize === 'number' ? doc.defaultStyle.fontSize : 10;
  const ctx: Context = { direction, width: CONTENT_WIDTH, fontSize: defaultSize };
  const footer = doc.footer;
  return {
    ...doc,
    content: walk(doc.content, ctx) as Content,
    ...(doc.watermark ? { watermark: watermark(doc.watermark, direction) } : {}),
    ...(typeof footer === 'function'
      ? { footer: ((page: number, pages: number, size) => walk(footer(page, pages, size), ctx) as Content) as DynamicContent }
      : {}),
  };
}
