import type { TFunction } from 'i18next';
import type { IcsEvent } from '../../../shared/calendar/ics';
import { toCalendarDate } from '../../../shared/calendar';
import type { MaintenanceRow } from './rows';

/** Evaluations last 10 days: their alarms are the entity's thresholds under that, and the day before. */
const EVALUATION_DAYS = 10;

/**
 * The calendar export: one all-day event per future maintenance end (server
 * and Cloud) and per future evaluation end, each with alarms at the entity's
 * reminder thresholds.
 */
export function calendarEvents(rows: readonly MaintenanceRow[], now: Date, t: TFunction, productName: (id: string) => string): IcsEvent[] {
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
