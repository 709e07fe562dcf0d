import { describe, expect, it } from 'vitest';
import type { License } from '../../../shared/license';
import { eolView } from '../../../shared/licensing/eol-view';
import { byEntity, groupCounts, maintenanceRows, matches, supportedText } from './rows';

const now = new Date('2026-11-25T10:00:00');
const stamp = '2026-01-01T00:00:00.000Z';
const versions = [
  { major: 8, releasedOn: '2024-03-01' },
  { major: 9, releasedOn: '2025-01-15' },
  { major: 10, releasedOn: '2026-09-15' },
];
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
    licensee: 'Université',
    issued: stamp,
    maintenanceStart: '2025-01-01',
    maintenanceEnd,
    majorVersion: 9,
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}
const rows = (licenses: License[], prefs: Record<string, number[]> = {}) =>
  maintenanceRows({
    licenses,
    entities: [
      { id: 'lib', name: 'Main Library' },
      { id: 'sci', name: 'Faculty of Science' },
    ],
    prefs: new Map(Object.entries(prefs)),
    states: new Map([['l2', { licenseId: 'l2', poRaised: { forEnd: '2026-12-20', at: stamp }, snoozedUntil: '2026-12-01T00:00:00.000Z' }]]),
    versions,
    now,
  });

describe('the maintenance table', () => {
  it('sorts every license by its end and puts each in its status group (R-MAINT-6)', () => {
    const list = rows([
      license('l1', '2027-06-01'),
      license('l2', '2026-12-20'),
      license('l3', '2026-10-01'),
      license('l4', '2026-10-01', { deployment: 'cloud' }),
      license('l5', '2026-11-28', { type: 'evaluation', maintenanceStart: '2026-11-18', evaluationEnd: '2026-11-28' }),
    ]);
    expect(list.map((r) => [r.license.id, r.group])).toEqual([
      ['l3', 'expired'],
      ['l4', 'lapsed'],
      ['l5', 'evaluation'],
      ['l2', 'within-30'],
      ['l1', 'active'],
    ]);
    expect(list.find((r) => r.license.id === 'l2')).toMatchObject({ poRaised: true, snoozedUntil: '2026-12-01T00:00:00.000Z' });
    expect(groupCounts(list)).toEqual([
      { key: 'expired', count: 1 },
      { key: 'lapsed', count: 1 },
      { key: 'within-30', count: 1 },
      { key: 'active', count: 1 },
      { key: 'evaluation', count: 1 },
    ]);
  });

  it('uses each entity’s thresholds for its groups', () => {
    expect(rows([license('l1', '2026-12-20')], { lib: [45, 14] })[0]?.group).toBe('within-45');
    expect(groupCounts(rows([license('l1', '2026-12-20'), license('l3', '2026-11-27')])).map((g) => g.key)).toEqual([
      'within-7',
      'within-30',
    ]);
  });

  it('a PO raised for an older end does not apply once the license is renewed', () => {
    expect(rows([license('l2', '2027-12-20')])[0]?.poRaised).toBe(false);
  });

  it('groups by entity, by name, and searches SEN, entity and licensee', () => {
    const list = rows([license('l1', '2027-06-01'), license('l2', '2026-12-20', { entityId: 'sci' }), license('l3', '2026-12-21')]);
    expect(byEntity(list).map((g) => [g.entityName, g.rows.map((r) => r.license.id)])).toEqual([
      ['Faculty of Science', ['l2']],
      ['Main Library', ['l3', 'l1']],
    ]);
    expect(list.filter((r) => matches(r, 'science')).map((r) => r.license.id)).toEqual(['l2']);
    expect(list.filter((r) => matches(r, 'sen-00000003')).map((r) => r.license.id)).toEqual(['l3']);
  });
});

describe('end of life of the installed version (R-EOL-1)', () => {
  const today = '2026-11-25';
  it('warns within 90 days of the end of support, and after it, naming the supported versions', () => {
    expect(eolView(license('l1', '2027-01-01', { installedMajorVersion: 9 }), versions, today)).toEqual({
      kind: 'ending',
      major: 9,
      endsOn: '2027-01-15',
      daysLeft: 51,
    });
    expect(eolView(license('l1', '2027-01-01', { installedMajorVersion: 8 }), versions, today)).toEqual({
      kind: 'ended',
      major: 8,
      endsOn: '2026-03-01',
    });
    expect(eolView(license('l1', '2027-01-01', { installedMajorVersion: 10 }), versions, today)).toEqual({
      kind: 'supported',
      major: 10,
      endsOn: '2028-09-15',
    });
    expect(supportedText(versions, today)).toBe('10, 9');
  });

  it('91 days before the end is not yet a warning; the end day itself is ended', () => {
    expect(eolView(license('l1', '2027-01-01', { installedMajorVersion: 9 }), versions, '2026-10-16').kind).toBe('supported');
    expect(eolView(license('l1', '2027-01-01', { installedMajorVersion: 9 }), versions, '2026-10-17').kind).toBe('ending');
    expect(eolView(license('l1', '2027-01-01', { installedMajorVersion: 9 }), versions, '2027-01-15').kind).toBe('ended');
  });

  it('says when the installed version is not recorded or not a known release', () => {
    expect(eolView(license('l1', '2027-01-01'), versions, today)).toEqual({ kind: 'not-recorded', entitled: 9 });
    expect(eolView(license('l1', '2027-01-01', { installedMajorVersion: 7 }), versions, today)).toEqual({ kind: 'unknown', major: 7 });
  });
});

describe('evaluations on the maintenance screen (R-EVAL-4)', () => {
  const evaluation = license('l7', '2026-11-30', { type: 'evaluation', evaluationEnd: '2026-11-30', maintenanceStart: '2026-11-20' });
  const at = (clock: Date, latestSeen: string | null) =>
    maintenanceRows({ licenses: [evaluation], entities: [], prefs: new Map(), states: new Map(), versions, now: clock, latestSeen })[0]
      ?.status;

  it('R-EVAL-4 a clock moved back gives no days back: days count from the latest time seen', () => {
    expect(at(now, null)).toEqual({ kind: 'evaluation', daysLeft: 5 });
    // The clock set back to the 21st after the app saw the 25th: still 5 days, not 9.
    expect(at(new Date('2026-11-21T10:00:00'), now.toISOString())).toEqual({ kind: 'evaluation', daysLeft: 5 });
  });

  it('R-EVAL-4 an evaluation that ended stays ended when the clock is moved back before its end', () => {
    expect(at(new Date('2026-11-22T10:00:00'), '2026-12-02T10:00:00.000Z')).toMatchObject({ kind: 'evaluation-expired' });
  });
});
