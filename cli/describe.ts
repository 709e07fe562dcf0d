import type { IsoDate } from '../shared/catalog';
import { daysBetween, toCalendarDate } from '../shared/calendar';
import { eolView, type EolView } from '../shared/licensing/eol-view';
import { supportedVersions, type MajorVersion } from '../shared/licensing/eol';
import { DEFAULT_THRESHOLDS, licenseStatuses, type LicenseStatus } from '../shared/maintenance/status';
import { statusMessage } from '../shared/maintenance/status-message';
import type { Context } from './context';
import type { LicenseRow } from './licenses';

/** A license with what the app would say of it today: status (R-MAINT-6, R-EVAL-1), days left, and its version's support (R-EOL-1). */
export interface DescribedLicense {
  readonly row: LicenseRow;
  /** The maintenance end, or the evaluation end for evaluations. */
  readonly end: IsoDate;
  /** Days from today to the end; negative once it has passed. */
  readonly daysLeft: number;
  readonly status: LicenseStatus;
  readonly statusText: string;
  readonly eol: EolView;
  readonly eolText: string;
}

/** Describes licenses as the Maintenance screen does, with the default reminder thresholds (90, 60, 30, 7 days). */
export function describeLicenses(
  rows: readonly LicenseRow[],
  ctx: Pick<Context, 't' | 'now'>,
  versions: readonly MajorVersion[],
): DescribedLicense[] {
  const today = toCalendarDate(ctx.now);
  const statuses = licenseStatuses(rows, ctx.now, { thresholds: DEFAULT_THRESHOLDS });
  // Many licenses share an end date and a version: each text is made once.
  const statusTexts = new Map<string, string>();
  const eols = new Map<number, { eol: EolView; text: string }>();
  return rows.map((row, i) => {
    const end = (row.type === 'evaluation' ? (row.evaluationEnd ?? row.maintenanceEnd) : row.maintenanceEnd) as IsoDate;
    const status = statuses[i]!;
    const message = statusMessage(status);
    const statusKey = `${message.key}|${message.params?.count}|${message.params?.threshold}`;
    let statusText = statusTexts.get(statusKey);
    if (statusText === undefined) statusTexts.set(statusKey, (statusText = ctx.t(message.key, message.params)));
    // A server runs at most the version its key entitles: without a recorded installed version, that is the one whose support matters.
    const major = row.installedMajorVersion ?? row.majorVersion;
    let eol = eols.get(major);
    if (!eol) {
      const view = eolView({ majorVersion: row.majorVersion, installedMajorVersion: major }, versions, today);
      eols.set(major, (eol = { eol: view, text: eolText(ctx, view, versions, today) }));
    }
    return { row, end, daysLeft: daysBetween(today, end), status, statusText, eol: eol.eol, eolText: eol.text };
  });
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
