import { describe, expect, it } from 'vitest';
import { checkLicenseCsv, CSV_COLUMNS, licensesToCsvRows, type CsvImportContext } from './csv-licenses';

const headers = [...CSV_COLUMNS];
const ctx: CsvImportContext = {
  existingSens: new Set(['SEN-00000099']),
  entities: [
    { id: 'ent-lib', name: 'Main Library' },
    { id: 'ent-sci', name: 'Faculty of Science' },
    { id: 'ent-sci-dz', name: 'Faculty of Science' },
  ],
  now: '2026-11-25T10:00:00.000Z',
  newId: (line) => `lic-${line}`,
};
const good = {
  sen: 'SEN-00000001',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Professional',
  type: 'academic',
  entity: 'Main Library',
  serverId: 'SRV-A',
  licensee: 'Université d’Alger',
  maintenanceStart: '2026-01-10',
  maintenanceEnd: '2027-01-10',
  evaluationEnd: '',
  majorVersion: '9',
  installedMajorVersion: '8',
  purchaseDate: '2026-01-10',
};
const check = (rows: Record<string, string>[], h: readonly string[] = headers) => checkLicenseCsv(rows, h, ctx);
const codes = (result: ReturnType<typeof check>, i = 0) => result.rows[i]?.errors.map((x) => `${x.field}:${x.messageKey.split('.').pop()}`);

describe('CSV import of licenses', () => {
  it('a good row becomes a license, with the entity found by name and the dates kept', () => {
    const result = check([good]);
    expect(result.rows[0]).toEqual({
      line: 2,
      sen: 'SEN-00000001',
      errors: [],
      license: {
        id: 'lic-2',
        sen: 'SEN-00000001',
        product: 'conex-books',
        deployment: 'server',
        tier: 'Professional',
        type: 'academic',
        entityId: 'ent-lib',
        serverId: 'SRV-A',
        licensee: 'Université d’Alger',
        issued: '2026-01-10T00:00:00.000Z',
        maintenanceStart: '2026-01-10',
        maintenanceEnd: '2027-01-10',
        majorVersion: 9,
        installedMajorVersion: 8,
        purchaseDate: '2026-01-10',
        createdAt: '2026-11-25T10:00:00.000Z',
        updatedAt: '2026-11-25T10:00:00.000Z',
      },
    });
  });

  it('reads headers whatever their case and spacing, and product names as people write them', () => {
    const friendly = [
      'SEN',
      'Product',
      'Tier',
      'Type',
      'Entity',
      'Server ID',
      'Licensee',
      'Maintenance start',
      'Maintenance end',
      'Major version',
    ];
    const row = Object.fromEntries(friendly.map((h) => [h, '']));
    Object.assign(row, {
      SEN: 'sen-00000002',
      Product: 'Conex Books®',
      Tier: 'express',
      Type: 'Commercial',
      Entity: 'main library',
      'Server ID': 'SRV-B',
      Licensee: 'ACME',
      'Maintenance start': '2026-03-01',
      'Maintenance end': '2027-03-01',
      'Major version': '10',
    });
    const result = check([row], friendly);
    expect(result.rows[0]?.errors).toEqual([]);
    expect(result.rows[0]?.license).toMatchObject({
      sen: 'SEN-00000002',
      product: 'conex-books',
      tier: 'Express',
      deployment: 'server',
      entityId: 'ent-lib',
    });
  });

  it('a file without a required column is refused as a whole, naming the columns', () => {
    const result = check([{ sen: 'SEN-00000001' }], ['sen', 'licensee']);
    expect(result.missingColumns).toEqual([
      'product',
      'tier',
      'type',
      'entity',
      'serverId',
      'maintenanceStart',
      'maintenanceEnd',
      'majorVersion',
    ]);
    expect(result.rows).toEqual([]);
  });

  it('a bad date is listed with its column and value', () => {
    expect(codes(check([{ ...good, maintenanceEnd: '10/01/2027' }]))).toEqual(['maintenanceEnd:badDate']);
    expect(codes(check([{ ...good, maintenanceStart: '2026-02-30' }]))).toEqual(['maintenanceStart:badDate']);
    expect(check([{ ...good, purchaseDate: 'soon' }]).rows[0]?.errors[0]?.params).toEqual({ column: 'purchaseDate', value: 'soon' });
  });

  it('an unknown product is listed', () => {
    expect(codes(check([{ ...good, product: 'Conex Spreadsheets' }]))).toEqual(['product:unknownProduct']);
  });

  it('a SEN twice in the file is listed on its second line, naming the first (R-LIC-4)', () => {
    const result = check([good, { ...good, serverId: 'SRV-B' }, { ...good, sen: 'SEN-00000003' }]);
    expect(codes(result, 0)).toEqual([]);
    expect(result.rows[1]?.errors).toEqual([
      { field: 'sen', messageKey: 'maintenance:csv.errors.senInFile', params: { sen: 'SEN-00000001', line: 2 } },
    ]);
    expect(codes(result, 2)).toEqual([]);
  });

  it('a SEN already in the app is listed (R-LIC-4)', () => {
    expect(codes(check([{ ...good, sen: 'SEN-00000099' }]))).toEqual(['sen:senInStore']);
  });

  it('an unknown or ambiguous entity, a bad SEN, tier, type or version are each listed', () => {
    expect(codes(check([{ ...good, entity: 'Campus Nord' }]))).toEqual(['entity:unknownEntity']);
    expect(codes(check([{ ...good, entity: 'Faculty of Science' }]))).toEqual(['entity:ambiguousEntity']);
    expect(codes(check([{ ...good, entity: 'ent-sci-dz' }]))).toEqual([]);
    expect(codes(check([{ ...good, sen: '12345' }]))).toEqual(['sen:senFormat']);
    expect(codes(check([{ ...good, tier: 'Gold', type: 'free', majorVersion: 'nine' }]))).toEqual([
      'tier:unknownTier',
      'type:unknownType',
      'majorVersion:badVersion',
    ]);
  });

  it('empty required cells are listed one by one', () => {
    expect(codes(check([{ ...good, licensee: ' ', serverId: '' }]))).toEqual(['serverId:required', 'licensee:required']);
  });

  it('the license rules still apply: end before start, evaluation without its end', () => {
    expect(codes(check([{ ...good, maintenanceEnd: '2025-01-01' }]))).toEqual(['maintenanceEnd:endBeforeStart']);
    expect(codes(check([{ ...good, type: 'evaluation' }]))).toEqual(['evaluationEnd:evaluationEndMissing']);
  });

  it('an exported file imports back to the same licenses (into an empty store)', () => {
    const first = check([good, { ...good, sen: 'SEN-00000005', licensee: '=cmd|calc', installedMajorVersion: '' }]);
    const licenses = first.rows.map((r) => r.license).filter((l) => l !== undefined);
    const [header, ...rows] = licensesToCsvRows(licenses, (id) => (id === 'ent-lib' ? 'Main Library' : id));
    // A spreadsheet guard on formulas (papaparse's escapeFormulae) adds an apostrophe; import takes it off.
    const guarded = rows.map((r) => r.map((v) => (/^[=+\-@]/.test(v) ? `'${v}` : v)));
    const objects = guarded.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
    const again = check(objects, header);
    expect(again.rows.map((r) => r.license)).toEqual(licenses);
  });
});
