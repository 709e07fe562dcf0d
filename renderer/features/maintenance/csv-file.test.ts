import { describe, expect, it } from 'vitest';
import type { License } from '../../../shared/license';
import { readLicenseCsv, writeLicenseCsv } from './csv-file';

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
