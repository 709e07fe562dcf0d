import type { CsvColumn } from './csv-licenses';

/** Which header of the file feeds each column; a column without one is read as empty. */
export type CsvMapping = Partial<Record<CsvColumn, string>>;

/** Lower case, accents and punctuation off: "Fin de maintenance" and "fin_de_maintenance" compare equal. */
export function flatHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Other names spreadsheets give the columns, in English and French, already flattened. */
const SYNONYMS: Readonly<Record<CsvColumn, readonly string[]>> = {
  sen: ['supportentitlementnumber', 'numerosen', 'sennumber', 'numerodelicence'],
  product: ['produit', 'productname', 'nomduproduit'],
  deployment: ['deploiement', 'hosting', 'hebergement'],
  tier: ['plan', 'offre', 'edition', 'niveau'],
  type: ['licensetype', 'typedelicence', 'typelicence'],
  entity: ['entite', 'site', 'bibliotheque', 'library', 'campus'],
  serverId: ['server', 'serveur', 'idserveur', 'identifiantduserveur', 'serverid'],
  licensee: ['titulaire', 'organisation', 'organization', 'client', 'customer'],
  maintenanceStart: ['debutdemaintenance', 'debutmaintenance', 'start', 'debut', 'maintenancestartdate'],
  maintenanceEnd: ['findemaintenance', 'finmaintenance', 'end', 'fin', 'maintenanceenddate', 'expiry', 'expiration'],
  evaluationEnd: ['findevaluation', 'finevaluation', 'evaluationenddate'],
  majorVersion: ['version', 'versionmajeure', 'major'],
  installedMajorVersion: ['installedversion', 'versioninstallee', 'versionmajeureinstallee'],
  purchaseDate: ['datedachat', 'dateachat', 'purchased', 'achat'],
};

/** The column a header stands for, by its own name or a known other name; undefined when none. */
export function guessColumn(header: string, columns: readonly CsvColumn[]): CsvColumn | undefined {
  const flat = flatHeader(header);
  return columns.find((c) => flatHeader(c) === flat) ?? columns.find((c) => SYNONYMS[c].includes(flat));
}

/** A first mapping from the file's headers: each column takes the first header that stands for it. */
export function guessMapping(headers: readonly string[], columns: readonly CsvColumn[]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const header of headers) {
    const column = guessColumn(header, columns);
    if (column && mapping[column] === undefined) mapping[column] = header;
  }
  return mapping;
}

/** A day as a spreadsheet may write it: ISO stays; 31/12/2026 or 31.12.2026 (day first, as French Excel writes it) becomes 2026-12-31. */
export function normalizeDay(value: string): string {
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (!dayFirst) return value;
  const [, day, month, year] = dayFirst as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A whole number written with a decimal comma or point ("9,0", "9.00") is that number; anything else is left as typed. */
export function normalizeWhole(value: string): string {
  const match = /^(\d+)[.,]0+$/.exec(value);
  return match ? (match[1] as string) : value;
}
