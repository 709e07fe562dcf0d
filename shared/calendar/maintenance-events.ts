import type { IsoDate } from '../catalog';
import { toCalendarDate } from '../calendar';
import type { License } from '../license';
import type { IcsEvent } from './ics';

/** Evaluations last 10 days: their alarms are the entity's thresholds under that, and the day before. */
const EVALUATION_DAYS = 10;

/** A message lookup (`namespace:path` with parameters), as i18next's `t` or the command line's own. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** What one event is made of: a license, its entity's name, its end and its reminder thresholds. */
export interface EventRow {
  readonly license: Pick<License, 'id' | 'sen' | 'type' | 'product' | 'licensee'>;
  readonly entityName: string;
  /** The maintenance end, or the evaluation end for evaluations. */
  readonly end: IsoDate;
  readonly thresholds: readonly number[];
}

/**
 * The calendar export, shared by the app and the command line: one all-day
 * event per future maintenance end (server and Cloud) and per future
 * evaluation end, each with alarms at the entity's reminder thresholds.
 */
export function calendarEvents(rows: readonly EventRow[], now: Date, t: Translate, productName: (id: string) => string): IcsEvent[] {
  const today = toCalendarDate(now);
  const events: IcsEvent[] = [];
  for (const row of rows) {
    const { license, entityName } = row;
    if (row.end <= today) continue;
    const evaluation = license.type === 'evaluation';
    const summary = t(evaluation ? 'maintenance:ics.evaluationSummary' : 'maintenance:ics.maintenanceSummary', {
      sen: license.sen,
      entity: entityName,
    });
    const days = evaluation ? [...new Set([...row.thresholds.filter((d) => d < EVALUATION_DAYS), 1])] : [...row.thresholds];
    events.push({
      uid: `${evaluation ? 'evaluation' : 'maintenance'}-${license.id}-${row.end}@conex-license-manager`,
      date: row.end,
      summary,
      description: evaluation
        ? t('maintenance:ics.evaluationDescription')
        : t('maintenance:ics.maintenanceDescription', { product: productName(license.product), licensee: license.licensee }),
      alarms: days.sort((a, b) => b - a).map((d) => ({ daysBefore: d, description: t('maintenance:ics.alarm', { summary, count: d }) })),
    });
  }
  return events;
}
