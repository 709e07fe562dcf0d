import type { IsoDate } from '../../../shared/catalog';
import { toCalendarDate } from '../../../shared/calendar';
import type { License } from '../../../shared/license';
import { supportedVersions, type MajorVersion } from '../../../shared/licensing/eol';
import { eolView, type EolView } from '../../../shared/licensing/eol-view';
import { evaluationTime } from '../../../shared/licensing/evaluations';
import { licenseStatuses, type LicenseStatus } from '../../../shared/maintenance/status';
import type { ReminderStateRow } from '../../db/database';
import { poRaisedApplies, snoozed, thresholdsFor } from '../../reminders/due';

/** The filter groups of the screen: by status, expiring ones by the threshold they are within. */
export type GroupKey = 'expired' | 'lapsed' | `within-${number}` | 'active' | 'evaluation' | 'evaluation-ended';

export interface MaintenanceRow {
  readonly license: License;
  readonly entityName: string;
  readonly status: LicenseStatus;
  readonly group: GroupKey;
  /** The date the row sorts by and the timeline shows: the evaluation end for evaluations. */
  readonly end: IsoDate;
  readonly thresholds: readonly number[];
  readonly eol: EolView;
  readonly poRaised: boolean;
  readonly snoozedUntil?: string;
}

export interface RowInputs {
  readonly licenses: readonly License[];
  readonly entities: readonly { id: string; name: string }[];
  readonly prefs: ReadonlyMap<string, readonly number[]>;
  readonly states: ReadonlyMap<string, ReminderStateRow>;
  readonly versions: readonly MajorVersion[];
  readonly now: Date;
  /** The latest time the app has seen: evaluations count their days from it, never from a clock moved back (R-EVAL-4). */
  readonly latestSeen?: string | null;
}

/** Every license with its status (thresholds of its entity), end-of-life view and reminder state, sorted by end date. */
export function maintenanceRows({ licenses, entities, prefs, states, versions, now, latestSeen }: RowInputs): MaintenanceRow[] {
  const evaluationNow = evaluationTime(now, latestSeen);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const today = toCalendarDate(now);
  const rows = licenses.map((license) => {
    const thresholds = thresholdsFor(prefs, license.entityId);
    const at = license.type === 'evaluation' ? evaluationNow : now;
    const [status] = licenseStatuses([license], at, { thresholds }) as [LicenseStatus];
    const state = states.get(license.id);
    const row: MaintenanceRow = {
      license,
      entityName: names.get(license.entityId) ?? license.entityId,
      status,
      group: groupOf(status),
      end: license.type === 'evaluation' ? (license.evaluationEnd ?? license.maintenanceEnd) : license.maintenanceEnd,
      thresholds,
      eol: eolView(license, versions, today),
      poRaised: poRaisedApplies(license, state),
      ...(state?.snoozedUntil && snoozed(state, now) ? { snoozedUntil: state.snoozedUntil } : {}),
    };
    return row;
  });
  return rows.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.license.sen.localeCompare(b.license.sen)));
}

function groupOf(status: LicenseStatus): GroupKey {
  switch (status.kind) {
    case 'expiring':
      return `within-${status.threshold}`;
    case 'expired-perpetual':
      return 'expired';
    case 'subscription-lapsed':
      return 'lapsed';
    case 'evaluation-expired':
      return 'evaluation-ended';
    default:
      return status.kind;
  }
}

/** The majors supported today, newest first, as text ("10, 9"). */
export function supportedText(versions: readonly MajorVersion[], today: IsoDate): string {
  return supportedVersions(versions, today).join(', ');
}

const ORDER: readonly string[] = ['expired', 'lapsed', 'within', 'active', 'evaluation', 'evaluation-ended'];

/** The groups present, in the order the filter shows them (smaller thresholds first), with their counts. */
export function groupCounts(rows: readonly MaintenanceRow[]): { key: GroupKey; count: number }[] {
  const counts = new Map<GroupKey, number>();
  for (const row of rows) counts.set(row.group, (counts.get(row.group) ?? 0) + 1);
  const rank = (key: GroupKey) =>
    ORDER.indexOf(key.startsWith('within-') ? 'within' : key) * 10_000 + (key.startsWith('within-') ? Number(key.slice(7)) : 0);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => rank(a.key) - rank(b.key));
}

/** Rows matching a search text (SEN, entity, licensee, server), case-insensitive. */
export function matches(row: MaintenanceRow, search: string): boolean {
  if (search.trim() === '') return true;
  const needle = search.trim().toLowerCase();
  return [row.license.sen, row.entityName, row.license.licensee, row.license.serverId].some((s) => s.toLowerCase().includes(needle));
}

/** Rows grouped by entity, entities by name, rows keeping their end-date order. */
export function byEntity(rows: readonly MaintenanceRow[]): { entityId: string; entityName: string; rows: MaintenanceRow[] }[] {
  const groups = new Map<string, { entityId: string; entityName: string; rows: MaintenanceRow[] }>();
  for (const row of rows) {
    const id = row.license.entityId;
    const group = groups.get(id) ?? { entityId: id, entityName: row.entityName, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => a.entityName.localeCompare(b.entityName));
}
