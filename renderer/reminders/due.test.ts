import { describe, expect, it } from 'vitest';
import type { License } from '../../shared/license';
import type { ReminderStateRow } from '../db/database';
import { dueReminders, entitiesWithSeveralDue, nextTimedChange, reminderDay } from './due';

const now = new Date('2026-11-25T10:00:00');
const stamp = '2026-01-01T00:00:00.000Z';
function license(id: string, maintenanceEnd: string, extra: Partial<License> = {}): License {
  return {
    id,
    sen: `SEN-0000000${id.slice(-1)}`,
    product: 'conex-books',
    deployment: 'server',
    tier: 'Express',
    type: 'academic',
    entityId: 'lib',
    serverId: 'srv',
    licensee: 'Main Library',
    issued: stamp,
    maintenanceStart: '2025-12-20',
    maintenanceEnd,
    majorVersion: 9,
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}
const due = (licenses: License[], states: Record<string, ReminderStateRow> = {}, prefs: Record<string, number[]> = {}) =>
  dueReminders({ licenses, prefs: new Map(Object.entries(prefs)), states: new Map(Object.entries(states)), now });

describe('maintenance reminders', () => {
  it('a license ending in 25 days is due in the 30-day group; one in 100 days is not due', () => {
    const result = due([license('l1', '2026-12-20'), license('l2', '2027-03-05')]);
    expect(result).toEqual([
      {
        licenseId: 'l1',
        entityId: 'lib',
        sen: 'SEN-00000001',
        deployment: 'server',
        kind: 'maintenance',
        end: '2026-12-20',
        daysLeft: 25,
        threshold: 30,
        notify: true,
      },
    ]);
  });

  it('each entity can have its own thresholds; none at all silences the entity', () => {
    expect(due([license('l1', '2026-12-20')], {}, { lib: [45, 14] })[0]?.threshold).toBe(45);
    expect(due([license('l1', '2026-12-20')], {}, { lib: [] })).toEqual([]);
    expect(due([license('l1', '2026-12-20')], {}, { other: [] })).toHaveLength(1);
  });

  it('a snoozed license is not due until the snooze ends', () => {
    const snoozedUntil = '2026-11-28T10:00:00.000Z';
    expect(due([license('l1', '2026-12-20')], { l1: { licenseId: 'l1', snoozedUntil } })).toEqual([]);
    const later = dueReminders({
      licenses: [license('l1', '2026-12-20')],
      prefs: new Map(),
      states: new Map([['l1', { licenseId: 'l1', snoozedUntil }]]),
      now: new Date('2026-11-29T10:00:00'),
    });
    expect(later.map((d) => d.daysLeft)).toEqual([21]);
  });

  it('"renewal in progress (PO raised)" silences a license until its end date moves (renewed)', () => {
    const state = { licenseId: 'l1', poRaised: { forEnd: '2026-12-20', at: stamp } };
    expect(due([license('l1', '2026-12-20')], { l1: state })).toEqual([]);
    // Renewed for a year, then that end approaches again: reminders are back.
    const renewed = dueReminders({
      licenses: [license('l1', '2027-12-20')],
      prefs: new Map(),
      states: new Map([['l1', state]]),
      now: new Date('2027-12-01T10:00:00'),
    });
    expect(renewed).toHaveLength(1);
  });

  it('a system notification is asked for once per threshold: again only when a smaller threshold is crossed', () => {
    const seen30 = { licenseId: 'l1', lastNotified: { end: '2026-12-20', threshold: 30, at: stamp } };
    expect(due([license('l1', '2026-12-20')], { l1: seen30 })[0]?.notify).toBe(false);
    expect(
      due([license('l1', '2026-11-30')], { l1: { ...seen30, lastNotified: { ...seen30.lastNotified, end: '2026-11-30' } } })[0],
    ).toMatchObject({
      threshold: 7,
      notify: true,
    });
    // A notification for an older end date does not count for the new one.
    expect(due([license('l1', '2026-12-21')], { l1: seen30 })[0]?.notify).toBe(true);
  });

  it('a license whose maintenance ended stays reminded, the longest ended first, until dismissed for that end (R-MAINT-6, R-MAINT-4)', () => {
    const ended = due([license('l1', '2026-11-25'), license('l2', '2026-10-01')]);
    expect(ended.map((d) => [d.licenseId, d.kind, d.daysLeft, d.threshold])).toEqual([
      ['l2', 'ended', -55, 0],
      ['l1', 'ended', 0, 0],
    ]);
    const dismissed = { licenseId: 'l2', dismissed: { forEnd: '2026-10-01', at: stamp } };
    expect(due([license('l2', '2026-10-01')], { l2: dismissed })).toEqual([]);
    // A renewal moves the end: the dismissal was for the old one.
    expect(due([license('l2', '2026-12-01')], { l2: dismissed })).toMatchObject([{ kind: 'maintenance', daysLeft: 6 }]);
  });

  it('an evaluation is due when its end is within a threshold (R-EVAL-1)', () => {
    const evaluation = license('l3', '2026-11-30', { type: 'evaluation', evaluationEnd: '2026-11-30', maintenanceStart: '2026-11-20' });
    expect(due([evaluation])).toMatchObject([{ kind: 'evaluation', daysLeft: 5, threshold: 7 }]);
  });

  it('an entity with several server licenses due is offered one co-terminated renewal (R-MAINT-7), Cloud left out', () => {
    const list = due([
      license('l1', '2026-12-20'),
      license('l2', '2027-01-10'),
      license('l3', '2026-12-01', { entityId: 'sci' }),
      license('l4', '2026-12-05', { entityId: 'sci', deployment: 'cloud' }),
    ]);
    const several = entitiesWithSeveralDue(list);
    expect([...several.keys()]).toEqual(['lib']);
    expect(several.get('lib')?.map((d) => d.licenseId)).toEqual(['l1', 'l2']);
  });
});

describe('evaluation reminders and the clock (R-EVAL-4)', () => {
  it('R-EVAL-4 with the clock moved back, an evaluation is still reminded with the days left from the latest time seen', () => {
    const evaluation = license('l8', '2026-11-30', { type: 'evaluation', evaluationEnd: '2026-11-30', maintenanceStart: '2026-11-20' });
    const input = { licenses: [evaluation], prefs: new Map(), states: new Map(), latestSeen: now.toISOString() };
    const back = dueReminders({ ...input, now: new Date('2026-11-18T10:00:00') });
    expect(back.map((d) => [d.kind, d.daysLeft])).toEqual([['evaluation', 5]]);
    expect(dueReminders({ ...input, now }).map((d) => d.daysLeft)).toEqual([5]);
  });
});

describe('when reminders change with time alone', () => {
  const at = (licenses: License[], states: Record<string, ReminderStateRow> = {}, latestSeen: string | null = null) =>
    nextTimedChange({ licenses, states: new Map(Object.entries(states)), now, latestSeen });

  it('at the next midnight when nothing ends sooner', () => {
    expect(at([license('l1', '2026-12-20')])).toEqual(new Date('2026-11-26T00:00:00'));
  });

  it('at the minute an evaluation ends, or a snooze runs out, when that comes before midnight', () => {
    const evaluation = license('l2', '2026-12-01', { type: 'evaluation', evaluationEndsAt: new Date('2026-11-25T14:30:00').toISOString() });
    expect(at([evaluation])).toEqual(new Date('2026-11-25T14:30:00'));
    expect(at([], { l1: { licenseId: 'l1', snoozedUntil: new Date('2026-11-25T18:00:00').toISOString() } })).toEqual(
      new Date('2026-11-25T18:00:00'),
    );
  });

  it('an evaluation that already ended, counted from the latest time seen (R-EVAL-4), wakes nothing', () => {
    const evaluation = license('l2', '2026-12-01', { type: 'evaluation', evaluationEndsAt: new Date('2026-11-25T14:30:00').toISOString() });
    expect(at([evaluation], {}, new Date('2026-11-25T15:00:00').toISOString())).toEqual(new Date('2026-11-26T00:00:00'));
  });

  it('the reminder day moves with the date, not with the minute', () => {
    const later = new Date('2026-11-25T23:59:00');
    expect(reminderDay(later, now.toISOString())).toBe(reminderDay(now, null));
    expect(reminderDay(new Date('2026-11-26T00:00:00'), null)).not.toBe(reminderDay(now, null));
    // A clock set back counts evaluations from the latest time seen: its date is part of the day.
    expect(reminderDay(now, '2026-11-27T09:00:00.000Z')).not.toBe(reminderDay(now, null));
  });
});
