import type { IsoDate } from '../../shared/catalog';
import { daysBetween, toCalendarDate } from '../../shared/calendar';
import type { License } from '../../shared/license';
import { evaluationEndInstant, evaluationTime } from '../../shared/licensing/evaluations';
import { DEFAULT_THRESHOLDS, licenseStatus } from '../../shared/maintenance/status';
import type { ReminderStateRow } from '../db/database';

/**
 * A license whose maintenance (or evaluation) end has crossed one of its
 * entity's thresholds, or whose maintenance has ended ('ended': it stays until
 * renewed, snoozed or dismissed).
 */
export interface DueReminder {
  readonly licenseId: string;
  readonly entityId: string;
  readonly sen: string;
  readonly deployment: License['deployment'];
  readonly kind: 'maintenance' | 'evaluation' | 'ended';
  readonly end: IsoDate;
  /** Negative once the end has passed ('ended'): the most urgent sort first. */
  readonly daysLeft: number;
  /** The smallest threshold the end is within (the 30-day group for 25 days left); 0 once ended. */
  readonly threshold: number;
  /** True until a system notification was shown for this end and this threshold (or a smaller one). */
  readonly notify: boolean;
}

export interface DueInputs {
  readonly licenses: readonly License[];
  readonly prefs: ReadonlyMap<string, readonly number[]>;
  readonly states: ReadonlyMap<string, ReminderStateRow>;
  readonly now: Date;
  /** The latest time the app has seen (R-EVAL-4); evaluations count from it. */
  readonly latestSeen?: string | null;
}

/** The thresholds of an entity: its own when set (possibly none), the defaults otherwise. */
export function thresholdsFor(prefs: ReadonlyMap<string, readonly number[]>, entityId: string): readonly number[] {
  return prefs.get(entityId) ?? DEFAULT_THRESHOLDS;
}

/** Whether "renewal in progress (PO raised)" still applies: only while the license ends where it did when it was marked. */
export function poRaisedApplies(license: Pick<License, 'maintenanceEnd'>, state: ReminderStateRow | undefined): boolean {
  return state?.poRaised?.forEnd === license.maintenanceEnd;
}

/** Whether "Dismiss" still applies: only while the license ends where it did when it was dismissed, so a renewal brings reminders back for the new end. */
export function dismissedApplies(license: Pick<License, 'maintenanceEnd'>, state: ReminderStateRow | undefined): boolean {
  return state?.dismissed?.forEnd === license.maintenanceEnd;
}

/** Whether a snooze is still running at `now`. */
export function snoozed(state: ReminderStateRow | undefined, now: Date): boolean {
  return state?.snoozedUntil !== undefined && Date.parse(state.snoozedUntil) > now.getTime();
}

/**
 * The reminders due at `now`, ended ones first, then soonest. A license is left
 * out while its reminders are snoozed, dismissed or a PO is raised for its
 * renewal. Server and Cloud licenses count down to the maintenance end, and stay
 * once it has passed (a late renewal still starts from it, R-MAINT-4);
 * evaluations count down to their end.
 */
export function dueReminders({ licenses, prefs, states, now, latestSeen }: DueInputs): DueReminder[] {
  const evaluationNow = evaluationTime(now, latestSeen);
  const out: DueReminder[] = [];
  for (const license of licenses) {
    const thresholds = thresholdsFor(prefs, license.entityId);
    if (thresholds.length === 0) continue;
    const state = states.get(license.id);
    if (poRaisedApplies(license, state) || dismissedApplies(license, state) || snoozed(state, now)) continue;
    const at = license.type === 'evaluation' ? evaluationNow : now;
    const due = dueFor(license, thresholds, toCalendarDate(at), at);
    if (!due) continue;
    const seen = state?.lastNotified;
    const notify = !(seen && seen.end === due.end && seen.threshold <= due.threshold);
    out.push({ licenseId: license.id, entityId: license.entityId, sen: license.sen, deployment: license.deployment, ...due, notify });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.sen.localeCompare(b.sen));
}

function dueFor(
  license: License,
  thresholds: readonly number[],
  today: IsoDate,
  now: Date,
): Pick<DueReminder, 'kind' | 'end' | 'daysLeft' | 'threshold'> | undefined {
  const status = licenseStatus(license, now, { thresholds });
  if (status.kind === 'expiring')
    return { kind: 'maintenance', end: license.maintenanceEnd, daysLeft: status.daysLeft, threshold: status.threshold };
  if (status.kind === 'expired-perpetual' || status.kind === 'subscription-lapsed')
    return { kind: 'ended', end: license.maintenanceEnd, daysLeft: status.daysSince === 0 ? 0 : -status.daysSince, threshold: 0 };
  if (status.kind === 'evaluation' && license.evaluationEnd) {
    const daysLeft = daysBetween(today, license.evaluationEnd);
    const threshold = [...thresholds].sort((a, b) => a - b).find((t) => daysLeft <= t);
    if (threshold !== undefined) return { kind: 'evaluation', end: license.evaluationEnd, daysLeft, threshold };
  }
  return undefined;
}

/**
 * The day reminders are computed for: today's date and the date evaluations count from (the later of now and the
 * latest time seen, R-EVAL-4). A new clock mark that leaves both as they were changes no maintenance reminder.
 */
export function reminderDay(now: Date, latestSeen: string | null | undefined): string {
  return `${toCalendarDate(now)}|${toCalendarDate(evaluationTime(now, latestSeen))}`;
}

/**
 * The next moment the reminders change with time alone, the store unchanged: the next midnight (days left move on),
 * an evaluation's end (it leaves the reminders at that minute, R-EVAL-1) or a snooze running out.
 */
export function nextTimedChange({ licenses, states, now, latestSeen }: Omit<DueInputs, 'prefs'>): Date {
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  let next = midnight.getTime();
  const evaluationNow = evaluationTime(now, latestSeen).getTime();
  for (const license of licenses) {
    if (license.type !== 'evaluation') continue;
    const end = evaluationEndInstant(license).getTime();
    if (end > evaluationNow && end < next) next = end;
  }
  for (const state of states.values()) {
    const until = state.snoozedUntil === undefined ? Number.NaN : Date.parse(state.snoozedUntil);
    if (until > now.getTime() && until < next) next = until;
  }
  return new Date(next);
}

/** Entities with two or more server licenses due: one co-terminated renewal can cover them all (R-MAINT-7; Cloud is never synchronised). */
export function entitiesWithSeveralDue<T extends DueReminder>(due: readonly T[]): Map<string, T[]> {
  const byEntity = new Map<string, T[]>();
  for (const d of due)
    if (d.kind === 'maintenance' && d.deployment === 'server') byEntity.set(d.entityId, [...(byEntity.get(d.entityId) ?? []), d]);
  return new Map([...byEntity].filter(([, list]) => list.length >= 2));
}
