import Papa from 'papaparse';
import { checkLicenseCsv, licensesToCsvRows, type CsvCheck, type CsvImportContext, type CsvRowResult } from '../../../shared/csv-licenses';
import type { License } from '../../../shared/license';

/** A CSV file read and checked row by row; rows papaparse could not read carry that error. */
export function readLicenseCsv(text: string, ctx: CsvImportContext): CsvCheck & { empty: boolean } {
  // Spreadsheets often save a byte-order mark; it is not part of the first header.
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const check = checkLicenseCsv(parsed.data, headers, ctx);
  const parseErrors = new Map<number, string>();
  for (const error of parsed.errors) if (error.row !== undefined && !parseErrors.has(error.row)) parseErrors.set(error.row, error.message);
  const rows: CsvRowResult[] = check.rows.map((row, i) => {
    const detail = parseErrors.get(i);
    if (detail === undefined) return row;
    const { license: _dropped, ...rest } = row;
    return { ...rest, errors: [{ field: 'row', messageKey: 'maintenance:csv.errors.parse', params: { detail } }, ...row.errors] };
  });
  return { ...check, rows, empty: parsed.data.length === 0 };
}

/** The licenses as CSV, with a guard against spreadsheet formulas in any cell (an apostrophe the import takes off again). */
export function writeLicenseCsv(licenses: readonly License[], entityName: (id: string) => string): string {
  return Papa.unparse(licensesToCsvRows(licenses, entityName), { escapeFormulae: true, newline: '\r\n' });
}
