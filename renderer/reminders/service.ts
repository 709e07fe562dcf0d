import { liveQuery } from 'dexie';
import type { TFunction } from 'i18next';
import type { ConexDb } from '../db/database';
import { onUnexpectedError } from '../lib/unexpected-error';
import { lastSuccessfulBackup, loadBackupSettings, type BackupSettings } from '../db/repos/backup-settings';
import { readLatestSeen } from '../db/repos/clock';
import { loadReminderInputs, markNotified, readReminderSources, type ReminderInputs } from '../db/repos/reminders';
import type { PlatformBridge } from '../platform/bridge';
import type { Route } from '../store/route';
import type { Toast, ToastText } from '../store/toast';
import { dueReminders, entitiesWithSeveralDue, nextTimedChange, reminderDay, type DueReminder } from './due';
import { formatDay } from './format';
import { useReminders, type ReminderItem } from './store';

/** Without a backup for this long, the reminders panel says so (R-ACC-4). */
export const BACKUP_OVERDUE_DAYS = 30;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** A pass woken by a moment (an evaluation's end) runs this long after it, so the moment has surely passed. */
const WAKE_MARGIN_MS = 1_000;

export interface ReminderDeps {
  readonly database: ConexDb;
  readonly bridge: Pick<PlatformBridge, 'notify' | 'onNotificationClick'>;
  readonly now: () => Date;
  readonly t: TFunction;
  readonly language: () => string;
  readonly toast: (toast: Omit<Toast, 'id'>) => void;
  readonly go: (route: Route) => void;
}

/**
 * Where a reminder leads, from its notification id (which comes back from the system on a click): the Renew tab for
 * one license, for all of an entity's licenses (R-MAINT-7), or a new license after an evaluation; undefined for an id
 * that is not a reminder's.
 */
export function reminderTarget(id: string): Route | undefined {
  const [prefix, kind, ...parts] = id.split(':');
  // The id is the rest, whatever it holds.
  const target = parts.join(':');
  if (prefix !== 'conex-reminder' || !target) return undefined;
  if (kind === 'license') return { screen: 'quotes', intent: { kind: 'renew', licenseId: target } };
  if (kind === 'entity') return { screen: 'quotes', intent: { kind: 'renewEntity', entityId: target } };
  if (kind === 'evaluation') return { screen: 'quotes', intent: { kind: 'new' } };
  return undefined;
}

const NOTICE_TITLES: Record<DueReminder['kind'], string> = {
  maintenance: 'maintenance:reminders.notify.title',
  evaluation: 'maintenance:reminders.notify.evaluationTitle',
  ended: 'maintenance:reminders.notify.endedTitle',
};

interface Notice {
  id: string;
  title: string;
  body: string;
  licenses: DueReminder[];
}

/** The system notifications to show for reminders not yet notified: one per entity with several, one per license otherwise. */
export function notices(due: readonly ReminderItem[], t: TFunction, language: string): Notice[] {
  const fresh = due.filter((d) => d.notify);
  const grouped = entitiesWithSeveralDue(fresh);
  const out: Notice[] = [];
  for (const [entityId, list] of grouped) {
    const name = list[0]?.entityName ?? '';
    out.push({
      id: `conex-reminder:entity:${entityId}`,
      title: t('maintenance:reminders.notify.entityTitle', { count: list.length, entity: name }),
      body: t('maintenance:reminders.notify.entityBody', { date: formatDay((list[0] as DueReminder).end, language) }),
      licenses: list,
    });
  }
  for (const d of fresh) {
    if (grouped.has(d.entityId) && d.kind === 'maintenance' && d.deployment === 'server') continue;
    out.push({
      id: `conex-reminder:${d.kind === 'evaluation' ? 'evaluation' : 'license'}:${d.licenseId}`,
      title: t(NOTICE_TITLES[d.kind], { count: Math.abs(d.daysLeft) }),
      body: t('maintenance:reminders.notify.body', { sen: d.sen, entity: d.entityName, date: formatDay(d.end, language) }),
      licenses: [d],
    });
  }
  return out;
}

/** More notices than this in one pass are shown as one system notification that counts them. */
export const MAX_SYSTEM_NOTICES = 5;
/** The id of that notification: a click opens the reminders panel, which lists them all. */
export const ALL_REMINDERS_NOTICE = 'conex-reminder:all';

/**
 * The system notifications for a pass's notices: each one, or, past MAX_SYSTEM_NOTICES, one that counts them. A first
 * start over a large store (thousands of licenses, evaluations and Cloud subscriptions each notified on their own)
 * would otherwise fill the desktop with notifications and keep the app busy showing them.
 */
export function systemNotices(list: readonly Notice[], t: TFunction): readonly Pick<Notice, 'id' | 'title' | 'body'>[] {
  if (list.length <= MAX_SYSTEM_NOTICES) return list;
  return [
    {
      id: ALL_REMINDERS_NOTICE,
      title: t('maintenance:reminders.notify.allTitle'),
      body: t('maintenance:reminders.notify.several', { count: list.length }),
    },
  ];
}

/** One pass: publish what is due, then show each new crossing once as a system notification and an in-app message. */
export async function processReminders(deps: ReminderDeps, inputs: ReminderInputs, backup: BackupSettings): Promise<ReminderItem[]> {
  const now = deps.now();
  const names = new Map(inputs.entities.map((e) => [e.id, e.name]));
  const due = dueReminders({ ...inputs, now }).map((d) => ({ ...d, entityName: names.get(d.entityId) ?? '' }));
  const last = lastSuccessfulBackup(backup);
  const days = last ? Math.floor((now.getTime() - Date.parse(last)) / DAY) : 'never';
  const hasData = inputs.licenses.length > 0;
  useReminders.setState({
    due,
    backupOverdue: hasData && (days === 'never' || days >= BACKUP_OVERDUE_DAYS) ? days : null,
    restored: backup.lastRestore ? { at: backup.lastRestore.at, taken: backup.lastRestore.backupCreatedAt } : null,
  });

  const list = notices(due, deps.t, deps.language());
  for (const notice of systemNotices(list, deps.t))
    await deps.bridge.notify({ id: notice.id, title: notice.title, body: notice.body }).catch(() => false);
  const marks = list.flatMap((notice) => notice.licenses.map((d) => ({ licenseId: d.licenseId, end: d.end, threshold: d.threshold })));
  if (marks.length > 0) await markNotified(deps.database, marks, now);
  const first = list[0];
  if (first) {
    const target = reminderTarget(first.id);
    // The in-app message is written again each time it is drawn, in the language of that moment; the system
    // notification above is the system's, and stays as it was shown.
    const firstText: ToastText = (t, language) => {
      const notice = notices(due, t, language)[0] as Notice;
      return `${notice.title}. ${notice.body}`;
    };
    deps.toast(
      list.length === 1 && target
        ? {
            severity: 'warning',
            message: firstText,
            action: { label: (t) => t('maintenance:reminders.renew'), run: () => deps.go(target) },
          }
        : {
            severity: 'warning',
            message: (t) => t('maintenance:reminders.notify.several', { count: list.length }),
            action: { label: (t) => t('maintenance:reminders.show'), run: () => useReminders.getState().setOpen(true) },
          },
    );
  }
  return due;
}

/**
 * Runs the reminders: a pass at once, whenever licenses, entities, reminder
 * settings or states or backup settings change, when the clock mark moves to
 * another reminder day, and when time alone changes them (midnight, an
 * evaluation's end, a snooze running out), at least hourly (a timer can sleep
 * with the machine).
 * The clock mark is written every minute while Licenses is open: a write that
 * leaves the day as it was computes nothing. Passes never overlap, so one
 * crossing is never notified twice. Returns a stop function. The app starts it
 * once the first screen is drawn (app/services.ts).
 */
export function startReminders(deps: ReminderDeps): () => void {
  let chain = Promise.resolve();
  let queued = false;
  let stopped = false;
  let wake: ReturnType<typeof setTimeout> | undefined;
  // Each pass reads the store afresh when it starts: a snapshot taken while the previous pass was
  // still marking notifications would notify the same crossing twice.
  const pass = async () => {
    queued = false;
    // A pass that fails still wakes the next one, within the hour.
    let until = HOUR;
    try {
      const inputs = await loadReminderInputs(deps.database);
      await processReminders(deps, inputs, await loadBackupSettings(deps.database));
      const now = deps.now();
      until = nextTimedChange({ ...inputs, now }).getTime() - now.getTime() + WAKE_MARGIN_MS;
    } finally {
      clearTimeout(wake);
      if (!stopped) wake = setTimeout(run, Math.min(Math.max(until, 0), HOUR));
    }
  };
  const run = () => {
    if (queued || stopped) return;
    queued = true;
    chain = chain.then(pass).catch((error: unknown) => onUnexpectedError(error, { context: 'reminders failed' }));
  };
  const failed = (error: unknown) => onUnexpectedError(error, { context: 'reminders could not read the store' });
  // Says when the inputs other than the clock mark change, without reading every license to say it. Each run
  // gives a new value, so a change is never taken for the last one.
  let version = 0;
  const sources = liveQuery(async () => {
    await readReminderSources(deps.database);
    return ++version;
  }).subscribe({ next: run, error: failed });
  // The clock mark counts only through the day it gives (evaluations count from it, R-EVAL-4); the first value is
  // the one the first pass reads.
  let day: string | undefined;
  const clock = liveQuery(() => readLatestSeen(deps.database)).subscribe({
    next: (latestSeen) => {
      const next = reminderDay(deps.now(), latestSeen);
      if (day !== undefined && next !== day) run();
      day = next;
    },
    error: failed,
  });
  const offClick = deps.bridge.onNotificationClick((id) => {
    if (id === ALL_REMINDERS_NOTICE) return useReminders.getState().setOpen(true);
    const target = reminderTarget(id);
    if (target) deps.go(target);
  });
  return () => {
    stopped = true;
    sources.unsubscribe();
    clock.unsubscribe();
    clearTimeout(wake);
    offClick();
  };
}
