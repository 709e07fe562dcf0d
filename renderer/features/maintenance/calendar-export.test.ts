import { beforeAll, describe, expect, it } from 'vitest';
import { writeIcs } from '../../../shared/calendar/ics';
import type { License } from '../../../shared/license';
import { i18next, initI18n } from '../../i18n';
import { calendarEvents } from '../../../shared/calendar/maintenance-events';
import { maintenanceRows } from './rows';

beforeAll(async () => {
  await initI18n('en');
});

const now = new Date('2026-11-25T10:00:00');
const stamp = '2026-01-01T00:00:00.000Z';
const base: License = {
  id: 'l1',
  sen: 'SEN-00000001',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Express',
  type: 'academic',
  entityId: 'lib',
  serverId: 'srv',
  licensee: 'Main Library, Paris',
  issued: stamp,
  maintenanceStart: '2026-01-01',
  maintenanceEnd: '2027-01-01',
  majorVersion: 9,
  createdAt: stamp,
  updatedAt: stamp,
};

describe('calendar export of maintenance and evaluation ends', () => {
  it('one event per future end with alarms at the entity thresholds; past ends are left out', () => {
    const rows = maintenanceRows({
      licenses: [
        base,
        { ...base, id: 'l2', sen: 'SEN-00000002', maintenanceEnd: '2026-10-01' },
        {
          ...base,
          id: 'l3',
          sen: 'SEN-00000003',
          type: 'evaluation',
          maintenanceStart: '2026-11-20',
          maintenanceEnd: '2026-11-30',
          evaluationEnd: '2026-11-30',
        },
      ],
      entities: [{ id: 'lib', name: 'Main Library' }],
      prefs: new Map([['lib', [45, 7]]]),
      states: new Map(),
      versions: [],
      now,
    });
    const events = calendarEvents(rows, now, i18next.t.bind(i18next), () => 'Conex Books®');
    expect(events.map((e) => [e.uid, e.date])).toEqual([
      ['evaluation-l3-2026-11-30@conex-license-manager', '2026-11-30'],
      ['maintenance-l1-2027-01-01@conex-license-manager', '2027-01-01'],
    ]);
    expect(events[1]).toMatchObject({
      summary: 'Maintenance ends: SEN-00000001 (Main Library)',
      description: 'Conex Books®, Main Library, Paris. Renew before this date to keep support and updates.',
      alarms: [
        { daysBefore: 45, description: 'Maintenance ends: SEN-00000001 (Main Library): in 45 days' },
        { daysBefore: 7, description: 'Maintenance ends: SEN-00000001 (Main Library): in 7 days' },
      ],
    });
    expect(events[0]?.alarms.map((a) => a.daysBefore)).toEqual([7, 1]);
    const ics = writeIcs(events, { now, calendarName: 'Conex maintenance' });
    expect(ics).toContain('SUMMARY:Maintenance ends: SEN-00000001 (Main Library)\r\n');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(4);
  });
});
