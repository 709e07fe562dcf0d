/** Plain-text columns, padded to the widest cell (by characters, which is what a terminal shows for these texts). */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  colourize?: (row: number, col: number, text: string) => string,
): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[], row: number) =>
    cells
      .map((cell, c) => {
        const padded = c === cells.length - 1 ? cell : cell.padEnd(widths[c]!);
        return row >= 0 && colourize ? colourize(row, c, padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [line(header, -1), ...rows.map((r, i) => line(r, i))].join('\n') + '\n';
}

const CODES = { green: 32, yellow: 33, red: 31, cyan: 36 } as const;
export type Colour = keyof typeof CODES;

/** Text in colour on a terminal; unchanged otherwise (pipes, files, NO_COLOR). */
export function paint(on: boolean, colour: Colour, text: string): string {
  return on ? `\u001b[${CODES[colour]}m${text}\u001b[39m` : text;
}
