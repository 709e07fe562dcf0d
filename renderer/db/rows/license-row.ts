import { parseLicense, type License } from '../../../shared/license';
import type { Result } from '../../../shared/errors';
import type { SameFields } from './same-shape';

/**
 * A license as the `licenses` table holds it, since schema v3 created the table
 * (purchaseDate, installedMajorVersion, the evaluation fields and the key were
 * added later as optional fields: v3 rows without them still read).
 */
export interface LicenseRowV3 {
  id: string;
  sen: string;
  product: License['product'];
  deployment: License['deployment'];
  tier: License['tier'];
  type: License['type'];
  entityId: string;
  serverId: string;
  licensee: string;
  issued: string;
  maintenanceStart: string;
  maintenanceEnd: string;
  evaluationEnd?: string;
  evaluationEndsAt?: string;
  majorVersion: number;
  installedMajorVersion?: number;
  purchaseDate?: string;
  key?: string;
  createdAt: string;
  updatedAt: string;
}

/** The row the licenses table holds now. */
export type LicenseRow = LicenseRowV3;

/** The schema version whose migration last changed what a license row holds. */
export const LICENSE_ROW_VERSION = 3;

const sameFields: SameFields<LicenseRow, License> = true;
void sameFields;

/** The row a license is stored as: today field for field the domain's license. */
export function toLicenseRow(license: License): LicenseRow {
  return { ...license };
}

/** A stored row read as a license, checked with the domain's schema (a row that no longer parses is set aside, v9). */
export function fromLicenseRow(row: LicenseRow): Result<License> {
  return parseLicense(row);
}
