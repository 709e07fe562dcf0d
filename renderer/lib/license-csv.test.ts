import { describe, expect, it } from 'vitest';
import type { License } from '../../shared/license';
import { guessMapping } from '../../shared/csv-columns';
import { CSV_COLUMNS } from '../../shared/csv-licenses';
import { checkCsvFile, decodeCsvBytes, licenseCsvTemplate, parseCsvText, readLicenseCsv, writeLicenseCsv } from './license-csv';

const ctx = {
  existingSens: new Set<string>(),
  entities: [{ id: 'lib', name: 'Main Library' }],
  now: '2026-11-25T10:00:00.000Z',
  newId: (line: number) => `l-${line}`,
};
const header = 'sen,product,tier,type,entity,serverId,licensee,maintenanceStart,maintenanceEnd,majorVersion';

describe('CSV files of licenses', () => {
  it('reads a spreadsheet export with a byte-order mark, quoted commas and CRLF lines', () => {
    const text = `\uFEFF${header}\r\nSEN-00000001,Conex Books,Express,academic,Main Library,SRV-1,"Bibliothèque, Paris",2026-01-01,2027-01-01,9\r\n\r\n`;
    const result = readLicenseCsv(text, ctx);
    expect(result.empty).toBe(false);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.license).toMatchObject({ sen: 'SEN-00000001', licensee: 'Bibliothèque, Paris' });
  });

  it('a row papaparse cannot read says so, and is not importable', () => {
    const text = `${header}\nSEN-00000001,Conex Books,Express,academic,Main Library,SRV-1,X,2026-01-01,2027-01-01,9,extra,cells\n`;
    const row = readLicenseCsv(text, ctx).rows[0];
    expect(row?.license).toBeUndefined();
    expect(row?.errors[0]?.messageKey).toBe('maintenance:csv.errors.parse');
  });

  it('an empty file is said to be empty', () => {
    expect(readLicenseCsv(`${header}\n`, ctx).empty).toBe(true);
  });

  it('export then import gives the same licenses, formulas guarded in between', () => {
    const license: License = {
      id: 'l-2',
      sen: 'SEN-00000002',
      product: 'conex-books',
      deployment: 'server',
      tier: 'Express',
      type: 'academic',
      entityId: 'lib',
      serverId: 'SRV-2',
      licensee: '=HYPERLINK("http://x")',
      issued: '2026-01-01T00:00:00.000Z',
      maintenanceStart: '2026-01-01',
      maintenanceEnd: '2027-01-01',
      majorVersion: 9,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const text = writeLicenseCsv([license], () => 'Main Library');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(readLicenseCsv(text, ctx).rows[0]?.license).toEqual(license);
  });
});

describe('CSV files from other spreadsheets', () => {
  it('export, import and export again give the same file', () => {
    const licenses: License[] = [
      { ...licenseOf('SEN-00000011'), installedMajorVersion: 8, purchaseDate: '2025-12-15' },
      { ...licenseOf('SEN-00000012'), type: 'evaluation', evaluationEnd: '2026-01-11', licensee: 'Faculté, "Sciences"' },
    ];
    const text = writeLicenseCsv(licenses, () => 'Main Library');
    const read = readLicenseCsv(text, ctx).rows.flatMap((r) => (r.license ? [r.license] : []));
    expect(read).toHaveLength(2);
    expect(writeLicenseCsv(read, () => 'Main Library')).toBe(text);
  });

  it('a French Excel file (Windows-1252, semicolons, decimal commas, day-first dates, French headers) is read', () => {
    const text =
      'Numéro SEN;Produit;Offre;Type de licence;Entité;Serveur;Titulaire;Début de maintenance;Fin de maintenance;Version majeure\r\n' +
      'SEN-00000021;Conex Books;Express;academic;Main Library;SRV-1;Université Pierre;01/01/2026;31/12/2026;9,0\r\n';
    const bytes = Uint8Array.from([...text].map((c) => ({ é: 0xe9, É: 0xc9, è: 0xe8 })[c] ?? c.charCodeAt(0)));
    const file = parseCsvText(decodeCsvBytes(bytes));
    if (!file.ok) throw new Error(file.error.code);
    expect(file.value.headers[0]).toBe('Numéro SEN');
    const row = checkCsvFile(file.value, ctx).rows[0];
    expect(row?.errors).toEqual([]);
    expect(row?.license).toMatchObject({
      sen: 'SEN-00000021',
      maintenanceStart: '2026-01-01',
      maintenanceEnd: '2026-12-31',
      majorVersion: 9,
    });
  });

  it('headers the app cannot guess are matched by the mapping the user chose', () => {
    const text =
      'Ref;Produit;Offre;Type;Site;Serveur;Client;Début;Fin;Version\nSEN-00000031;conex-books;Starter;commercial;Main Library;S;C;2026-01-01;2027-01-01;9\n';
    const file = parseCsvText(text);
    if (!file.ok) throw new Error(file.error.code);
    expect(checkCsvFile(file.value, ctx).missingColumns).toEqual(['sen']);
    const mapping = { ...guessMapping(file.value.headers, CSV_COLUMNS), sen: 'Ref' };
    expect(checkCsvFile(file.value, ctx, mapping).rows[0]?.license?.sen).toBe('SEN-00000031');
  });

  it('a file that is not a table is refused before any row is checked', () => {
    expect(parseCsvText('').ok).toBe(false);
  });

  it('the template is the header row the import expects, and nothing else', () => {
    const template = licenseCsvTemplate();
    expect(template).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    const file = parseCsvText(template);
    if (!file.ok) throw new Error(file.error.code);
    expect(checkCsvFile(file.value, ctx)).toMatchObject({ missingColumns: [], empty: true });
  });
});

function licenseOf(sen: string): License {
  return {
    id: `l-${sen}`,
    sen,
    product: 'conex-books',
    deployment: 'server',
    tier: 'Professional',
    type: 'commercial',
    entityId: 'lib',
    serverId: 'SRV-9',
    licensee: 'Main Library',
    issued: '2026-01-01T00:00:00.000Z',
    maintenanceStart: '2026-01-01',
    maintenanceEnd: '2027-01-01',
    majorVersion: 9,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}
