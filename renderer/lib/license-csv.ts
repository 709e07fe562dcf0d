import Papa from 'papaparse';
import { z } from 'zod';
import { guessMapping, type CsvMapping } from '../../shared/csv-columns';
import {
  checkLicenseCsv,
  CSV_COLUMNS,
  licensesToCsvRows,
  type CsvCheck,
  type CsvImportContext,
  type CsvRowResult,
} from '../../shared/csv-licenses';
import { domainError, err, ok, type Result } from '../../shared/errors';
import type { License } from '../../shared/license';

/** What a CSV file may hold before its rows are checked: bounded, and every cell text. */
const csvFileSchema = z.object({
  headers: z.array(z.string().max(200)).min(1).max(100),
  rows: z.array(z.record(z.string(), z.string().max(5000).optional())).max(50_000),
});

/** A CSV file read into headers and rows, with the lines papaparse could not read. */
export interface CsvFile {
  readonly headers: readonly string[];
  readonly rows: readonly Record<string, string | undefined>[];
  /** Row index → what papaparse said. */
  readonly parseErrors: ReadonlyMap<number, string>;
  /** The separator found on the header line; a semicolon means dates are written day first. */
  readonly delimiter: string;
}

/**
 * The text of a file's bytes: UTF-8 when it is valid UTF-8, else Windows-1252, which
 * Excel uses for "CSV (separator: semicolon)" in French Windows.
 */
export function decodeCsvBytes(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** The separator of the header line: a semicolon (French Excel), a tab, or a comma. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  return [';', '\t'].find((c) => count(c) > count(',')) ?? ',';
}

/** Reads a CSV text into headers and rows, checked for shape with zod; a file that is not a table is refused. */
export function parseCsvText(text: string): Result<CsvFile> {
  // Spreadsheets often save a byte-order mark; it is not part of the first header.
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body);
  const parsed = Papa.parse<Record<string, unknown>>(body, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  // Cells beyond the header's count are a parse error already; they are not data.
  const rows = parsed.data.map(({ __parsed_extra: _extra, ...cells }) => cells);
  const shape = csvFileSchema.safeParse({ headers: (parsed.meta.fields ?? []).filter((h) => h !== ''), rows });
  if (!shape.success) return err(domainError('csv.unreadable', 'maintenance:csv.unreadable'));
  const parseErrors = new Map<number, string>();
  for (const error of parsed.errors) if (error.row !== undefined && !parseErrors.has(error.row)) parseErrors.set(error.row, error.message);
  return ok({ ...shape.data, parseErrors, delimiter });
}

/** Checks a read file row by row with a column mapping (guessed from the headers when not given); unreadable rows say so. */
export function checkCsvFile(file: CsvFile, ctx: CsvImportContext, mapping?: CsvMapping): CsvCheck & { empty: boolean } {
  const dayFirstDates = ctx.dayFirstDates ?? file.delimiter === ';';
  const check = checkLicenseCsv(file.rows, file.headers, { ...ctx, dayFirstDates }, mapping ?? guessMapping(file.headers, CSV_COLUMNS));
  const rows: CsvRowResult[] = check.rows.map((row, i) => {
    const detail = file.parseErrors.get(i);
    if (detail === undefined) return row;
    const { license: _dropped, ...rest } = row;
    return { ...rest, errors: [{ field: 'row', messageKey: 'maintenance:csv.errors.parse', params: { detail } }, ...row.errors] };
  });
  return { ...check, rows, empty: file.rows.length === 0 };
}

/** A CSV file read and checked row by row, its columns matched by name. */
export function readLicenseCsv(text: string, ctx: CsvImportContext): CsvCheck & { empty: boolean } {
  const file = parseCsvText(text);
  if (!file.ok) return { missingColumns: [], rows: [], empty: true };
  return checkCsvFile(file.value, ctx);
}

/**
 * The licenses as CSV, the one file both Licenses and Maintenance export and the import reads back: a byte-order mark
 * so spreadsheets read UTF-8, and a guard against formulas in any cell (an apostrophe the import takes off again).
 */
export function writeLicenseCsv(licenses: readonly License[], entityName: (id: string) => string): string {
  return `\uFEFF${Papa.unparse(licensesToCsvRows(licenses, entityName), { escapeFormulae: true, newline: '\r\n' })}`;
}

/** An empty file with the header row the import expects. */
export function licenseCsvTemplate(): string {
  return writeLicenseCsv([], () => '');
}
