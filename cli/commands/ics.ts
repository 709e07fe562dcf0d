import { writeIcs } from '../../shared/calendar/ics';
import { calendarEvents } from '../../shared/calendar/maintenance-events';
import { DEFAULT_THRESHOLDS } from '../../shared/maintenance/status';
import { productName } from '../catalogue';
import type { Context, Outcome } from '../context';
import { readLicenses } from '../licenses';

/** `conex ics FILE...`: the app's calendar export (same events, same alarms at 90, 60, 30 and 7 days) on standard output. */
export async function ics(files: readonly string[], ctx: Context): Promise<Outcome> {
  const { rows, problems } = await readLicenses(files, ctx);
  const eventRows = rows.map((row) => ({
    license: row,
    entityName: row.entity,
    end: row.type === 'evaluation' ? (row.evaluationEnd ?? row.maintenanceEnd) : row.maintenanceEnd,
    thresholds: DEFAULT_THRESHOLDS,
  }));
  const events = calendarEvents(eventRows, ctx.now, ctx.t, productName);
  const text = writeIcs(events, { now: ctx.now, calendarName: ctx.t('maintenance:ics.calendarName') });
  return { stdout: text, stderr: problems.map((p) => `${p}\n`).join(''), code: problems.length > 0 ? 2 : 0 };
}
