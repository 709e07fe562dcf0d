import { deploymentSchema, isoDateSchema, licenseTypeSchema, PRODUCT_IDS, senSchema, TIERS, type ProductId, type Tier } from './catalog';
import { guessMapping, normalizeDay, normalizeWhole, type CsvMapping } from './csv-columns';
import { licenseSchema, type License } from './license';

/**
 * CSV import and export of licenses, for staff coming from a spreadsheet. The
 * renderer parses the file (papaparse); this checks each row and says, per row,
 * what is wrong, so nothing is imported until every row is fixed or skipped.
 */
export const CSV_COLUMNS = [
  'sen',
  'product',
  'deployment',
  'tier',
  'type',
  'entity',
  'serverId',
  'licensee',
  'maintenanceStart',
  'maintenanceEnd',
  'evaluationEnd',
  'majorVersion',
  'installedMajorVersion',
  'purchaseDate',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns a file must have; the others may be left out. */
export const CSV_REQUIRED: readonly CsvColumn[] = [
  'sen',
  'product',
  'tier',
  'type',
  'entity',
  'serverId',
  'licensee',
  'maintenanceStart',
  'maintenanceEnd',
  'majorVersion',
];

export interface CsvRowError {
  readonly field: CsvColumn | 'row';
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface CsvRowResult {
  /** The line in the file (the header is line 1). */
  readonly line: number;
  readonly sen: string;
  readonly license?: License;
  readonly errors: readonly CsvRowError[];
}

export interface CsvImportContext {
  readonly existingSens: ReadonlySet<string>;
  readonly entities: readonly { readonly id: string; readonly name: string }[];
  readonly now: Date | string;
  /** A fresh id for the license on a line. */
  readonly newId: (line: number) => string;
  /**
   * Dates like 31/12/2026 are read day first. Set for semicolon-separated files, as French Excel writes them; in
   * other files such a date could be month first, so it is refused as ambiguous.
   */
  readonly dayFirstDates?: boolean;
}

export interface CsvCheck {
  /** Required columns the header lacks: then no row is checked. */
  readonly missingColumns: readonly CsvColumn[];
  readonly rows: readonly CsvRowResult[];
}

const e = (field: CsvRowError['field'], key: string, params?: Record<string, string | number>): CsvRowError =>
  params ? { field, messageKey: `maintenance:csv.errors.${key}`, params } : { field, messageKey: `maintenance:csv.errors.${key}` };

/** Spreadsheets' formula guard: a leading apostrophe before = + - @ was added on export (or by the user) and is not data. */
function clean(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  return /^'[=+\-@\t\r]/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

function productOf(value: string): ProductId | undefined {
  const flat = value
    .toLowerCase()
    .replace(/®/g, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
  return PRODUCT_IDS.find((p) => p === flat);
}

/**
 * Checks every row of a parsed CSV (header row → values) against the store; rows are independent except for duplicate SENs.
 * `mapping` says which header feeds each column; without it, headers are matched by name (case, accents, punctuation
 * and known French or English other names aside).
 */
export function checkLicenseCsv(
  rows: readonly Record<string, string | undefined>[],
  headers: readonly string[],
  ctx: CsvImportContext,
  mapping: CsvMapping = guessMapping(headers, CSV_COLUMNS),
): CsvCheck {
  const missingColumns = CSV_REQUIRED.filter((c) => {
    const header = mapping[c];
    return header === undefined || !headers.includes(header);
  });
  if (missingColumns.length > 0) return { missingColumns, rows: [] };
  const nowIso = (typeof ctx.now === 'string' ? new Date(ctx.now) : ctx.now).toISOString();
  const firstLineOfSen = new Map<string, number>();
  const results = rows.map((raw, index) => {
    const line = index + 2;
    const get = (c: CsvColumn) => {
      const header = mapping[c];
      return header === undefined ? '' : clean(raw[header]);
    };
    return checkRow(get, line, ctx, nowIso, firstLineOfSen);
  });
  return { missingColumns: [], rows: results };
}

function checkRow(
  get: (c: CsvColumn) => string,
  line: number,
  ctx: CsvImportContext,
  nowIso: string,
  firstLineOfSen: Map<string, number>,
): CsvRowResult {
  const errors: CsvRowError[] = [];
  const sen = get('sen').toUpperCase();
  for (const c of CSV_REQUIRED) if (get(c) === '') errors.push(e(c, 'required', { column: c }));

  if (sen !== '') {
    if (!senSchema.safeParse(sen).success) errors.push(e('sen', 'senFormat', { value: sen }));
    else if (ctx.existingSens.has(sen)) errors.push(e('sen', 'senInStore', { sen }));
    else if (firstLineOfSen.has(sen)) errors.push(e('sen', 'senInFile', { sen, line: firstLineOfSen.get(sen) ?? 0 }));
    if (!firstLineOfSen.has(sen)) firstLineOfSen.set(sen, line);
  }
  const product = get('product') === '' ? undefined : productOf(get('product'));
  if (get('product') !== '' && !product)
    errors.push(e('product', 'unknownProduct', { value: get('product'), known: PRODUCT_IDS.join(', ') }));
  const tier = TIERS.find((t) => t.toLowerCase() === get('tier').toLowerCase());
  if (get('tier') !== '' && !tier) errors.push(e('tier', 'unknownTier', { value: get('tier'), known: TIERS.join(', ') }));
  const type = licenseTypeSchema.safeParse(get('type').toLowerCase());
  if (get('type') !== '' && !type.success) errors.push(e('type', 'unknownType', { value: get('type') }));
  const deployment = deploymentSchema.safeParse(get('deployment').toLowerCase() || 'server');
  if (!deployment.success) errors.push(e('deployment', 'unknownDeployment', { value: get('deployment') }));
  const entityId = entityOf(get('entity'), ctx, errors);

  const dates: Partial<Record<CsvColumn, string>> = {};
  for (const c of ['maintenanceStart', 'maintenanceEnd', 'evaluationEnd', 'purchaseDate'] as const) {
    const value = ctx.dayFirstDates ? normalizeDay(get(c)) : get(c);
    if (value === '') continue;
    if (isoDateSchema.safeParse(value).success) dates[c] = value;
    else errors.push(e(c, 'badDate', { column: c, value }));
  }
  const versions: Partial<Record<CsvColumn, number>> = {};
  for (const c of ['majorVersion', 'installedMajorVersion'] as const) {
    const value = normalizeWhole(get(c));
    if (value === '') continue;
    if (/^\d{1,4}$/.test(value) && Number(value) > 0) versions[c] = Number(value);
    else errors.push(e(c, 'badVersion', { column: c, value }));
  }
  if (errors.length > 0) return { line, sen, errors };

  const candidate = {
    id: ctx.newId(line),
    sen,
    product,
    deployment: deployment.data,
    tier: tier as Tier,
    type: type.data,
    entityId,
    serverId: get('serverId'),
    licensee: get('licensee'),
    issued: `${dates.maintenanceStart}T00:00:00.000Z`,
    maintenanceStart: dates.maintenanceStart,
    maintenanceEnd: dates.maintenanceEnd,
    evaluationEnd: dates.evaluationEnd,
    majorVersion: versions.majorVersion,
    installedMajorVersion: versions.installedMajorVersion,
    purchaseDate: dates.purchaseDate,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  const parsed = licenseSchema.safeParse(candidate);
  if (parsed.success) return { line, sen, license: withoutUndefined(parsed.data), errors: [] };
  return { line, sen, errors: parsed.error.issues.map((issue) => licenseIssue(issue.path, issue.message)) };
}

function entityOf(value: string, ctx: CsvImportContext, errors: CsvRowError[]): string {
  if (value === '') return '';
  const byId = ctx.entities.find((en) => en.id === value);
  if (byId) return byId.id;
  const named = ctx.entities.filter((en) => en.name.trim().toLowerCase() === value.toLowerCase());
  if (named.length === 1) return (named[0] as { id: string }).id;
  errors.push(e('entity', named.length === 0 ? 'unknownEntity' : 'ambiguousEntity', { value }));
  return '';
}

function licenseIssue(path: readonly PropertyKey[], message: string): CsvRowError {
  const field = String(path[0] ?? 'row');
  if (message === 'license.endBeforeStart') return e('maintenanceEnd', 'endBeforeStart');
  if (message === 'license.evaluationEndMissing') return e('evaluationEnd', 'evaluationEndMissing');
  const column = (CSV_COLUMNS as readonly string[]).includes(field) ? (field as CsvColumn) : 'row';
  return e(column, 'invalid', { column: field });
}

function withoutUndefined(license: License): License {
  return Object.fromEntries(Object.entries(license).filter(([, v]) => v !== undefined)) as License;
}

/** One CSV row per license, in CSV_COLUMNS order, the entity by name so the file reads in a spreadsheet. */
export function licensesToCsvRows(licenses: readonly License[], entityName: (id: string) => string): string[][] {
  const header: string[] = [...CSV_COLUMNS];
  const rows = licenses.map((l) => [
    l.sen,
    l.product,
    l.deployment,
    l.tier,
    l.type,
    entityName(l.entityId),
    l.serverId,
    l.licensee,
    l.maintenanceStart,
    l.maintenanceEnd,
    l.evaluationEnd ?? '',
    String(l.majorVersion),
    l.installedMajorVersion === undefined ? '' : String(l.installedMajorVersion),
    l.purchaseDate ?? '',
  ]);
  return [header, ...rows];
}
