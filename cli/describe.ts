import type { IsoDate } from '../shared/catalog';
import type { License } from '../shared/license';
import { daysBetween, toCalendarDate } from '../shared/calendar';
import { eolView, type EolView } from '../shared/licensing/eol-view';
import { supportedVersions, type MajorVersion } from '../shared/licensing/eol';
import { DEFAULT_THRESHOLDS, licenseStatusOn, type LicenseStatus } from '../shared/maintenance/status';
import { statusMessage } from '../shared/maintenance/status-message';
import type { Context } from './context';
import type { LicenseRow } from './licenses';

/** What the app would say of a license today: status (R-MAINT-6, R-EVAL-1), days left, and its version's support (R-EOL-1). */
export interface LicenseDescription {
  /** The maintenance end, or the evaluation end for evaluations. */
  readonly end: IsoDate;
  /** Days from today to the end; negative once it has passed. */
  readonly daysLeft: number;
  readonly status: LicenseStatus;
  readonly statusText: string;
  readonly eol: EolView;
  readonly eolText: string;
}

/** A license row with its description. */
export interface DescribedLicense extends LicenseDescription {
  readonly row: LicenseRow;
}

/** What describing a license reads of it: a row of a file, or the payload of a key. */
export type DescribedFields = Pick<
  License,
  'type' | 'deployment' | 'maintenanceEnd' | 'evaluationEnd' | 'evaluationEndsAt' | 'majorVersion' | 'installedMajorVersion'
>;

/** Describes licenses as the Maintenance screen does, with the default reminder thresholds (90, 60, 30, 7 days). */
export function describeLicenses(
  rows: readonly LicenseRow[],
  ctx: Pick<Context, 't' | 'now'>,
  versions: readonly MajorVersion[],
): DescribedLicense[] {
  const describe = licenseDescriber(ctx, versions);
  return rows.map((row) => ({ row, ...describe(row) }));
}

/**
 * Describes one license after another, as `describeLicenses` does, for a command that reads licenses one at a time.
 * Today and the thresholds are prepared once, and many licenses share an end date and a version: each text is made once.
 */
export function licenseDescriber(
  ctx: Pick<Context, 't' | 'now'>,
  versions: readonly MajorVersion[],
): (license: DescribedFields) => LicenseDescription {
  const today = toCalendarDate(ctx.now);
  const statusOf = licenseStatusOn(ctx.now, { thresholds: DEFAULT_THRESHOLDS });
  const statusTexts = new Map<string, string>();
  const eols = new Map<number, { eol: EolView; text: string }>();
  return (license) => {
    const end = (license.type === 'evaluation' ? (license.evaluationEnd ?? license.maintenanceEnd) : license.maintenanceEnd) as IsoDate;
    const status = statusOf(license);
    const message = statusMessage(status);
    const statusKey = `${message.key}|${message.params?.count}|${message.params?.threshold}`;
    let statusText = statusTexts.get(statusKey);
    if (statusText === undefined) statusTexts.set(statusKey, (statusText = ctx.t(message.key, message.params)));
    // A server runs at most the version its key entitles: without a recorded installed version, that is the one whose support matters.
    const major = license.installedMajorVersion ?? license.majorVersion;
    let eol = eols.get(major);
    if (!eol) {
      const view = eolView({ majorVersion: license.majorVersion, installedMajorVersion: major }, versions, today);
      eols.set(major, (eol = { eol: view, text: eolText(ctx, view, versions, today) }));
    }
    return { end, daysLeft: daysBetween(today, end), status, statusText, eol: eol.eol, eolText: eol.text };
  };
}

function eolText(ctx: Pick<Context, 't'>, eol: EolView, versions: readonly MajorVersion[], today: IsoDate): string {
  const supported = supportedVersions(versions, today);
  switch (eol.kind) {
    case 'not-recorded':
      return ctx.t('maintenance:eol.notRecorded', { major: eol.entitled });
    case 'unknown':
      return ctx.t('maintenance:eol.unknown', { major: eol.major });
    case 'supported':
      return ctx.t('maintenance:eol.supported', { major: eol.major, date: eol.endsOn });
    case 'ending':
      return ctx.t('maintenance:eol.ending', { major: eol.major, date: eol.endsOn, count: eol.daysLeft, supported: supported.join(', ') });
    case 'ended':
      return ctx.t('maintenance:eol.ended', { major: eol.major, date: eol.endsOn, supported: supported.join(', ') });
  }
}
