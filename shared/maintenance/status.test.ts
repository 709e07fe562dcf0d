import { describe, expect, it } from 'vitest';
import { licenseStatus, licenseStatusOn, licenseStatuses, maintenanceActive } from './status';

const server = { type: 'commercial', deployment: 'server', maintenanceEnd: '2027-03-01' } as const;
const cloud = { ...server, deployment: 'cloud' } as const;
const evaluation = { type: 'evaluation', deployment: 'server', maintenanceEnd: '2026-12-05', evaluationEnd: '2026-12-05' } as const;

describe('licenseStatus', () => {
  it('is active with the days left beyond every threshold (R-MAINT-1)', () => {
    expect(licenseStatus(server, '2026-11-25')).toEqual({ kind: 'active', daysLeft: 96 });
  });

  it('is expiring within the smallest threshold that holds the days left', () => {
    expect(licenseStatus(server, '2026-12-01')).toEqual({ kind: 'expiring', daysLeft: 90, threshold: 90 });
    expect(licenseStatus(server, '2027-01-01')).toEqual({ kind: 'expiring', daysLeft: 59, threshold: 60 });
    expect(licenseStatus(server, '2027-02-22')).toEqual({ kind: 'expiring', daysLeft: 7, threshold: 7 });
    expect(licenseStatus(server, '2027-02-28')).toEqual({ kind: 'expiring', daysLeft: 1, threshold: 7 });
  });

  it('takes thresholds in any order', () => {
    expect(licenseStatus(server, '2027-02-01', { thresholds: [10, 30, 0] })).toEqual({ kind: 'expiring', daysLeft: 28, threshold: 30 });
    expect(licenseStatus(server, '2026-12-01', { thresholds: [] })).toEqual({ kind: 'active', daysLeft: 90 });
  });

  it('a server license past its maintenance end keeps working as it is (R-MAINT-6)', () => {
    expect(licenseStatus(server, '2027-03-01')).toEqual({ kind: 'expired-perpetual', daysSince: 0 });
    expect(licenseStatus(server, '2027-03-11')).toEqual({ kind: 'expired-perpetual', daysSince: 10 });
  });

  it('a Cloud subscription past its end has lapsed, it is not perpetual (R-PROD-1)', () => {
    expect(licenseStatus(cloud, '2027-03-02')).toEqual({ kind: 'subscription-lapsed', daysSince: 1 });
    expect(licenseStatus(cloud, '2027-02-28')).toEqual({ kind: 'expiring', daysLeft: 1, threshold: 7 });
  });

  it('an evaluation counts down its days, then ends (R-EVAL-1)', () => {
    expect(licenseStatus(evaluation, '2026-11-25')).toEqual({ kind: 'evaluation', daysLeft: 10 });
    expect(licenseStatus(evaluation, '2026-12-04')).toEqual({ kind: 'evaluation', daysLeft: 1 });
    expect(licenseStatus(evaluation, '2026-12-05')).toEqual({ kind: 'evaluation-expired', daysSince: 0 });
    expect(licenseStatus({ ...evaluation, evaluationEnd: undefined }, '2026-12-06')).toEqual({ kind: 'evaluation-expired', daysSince: 1 });
  });

  it('takes now as a date, an ISO datetime or a Date', () => {
    expect(licenseStatus(server, '2026-11-25T12:00:00Z')).toEqual({ kind: 'active', daysLeft: 96 });
    expect(licenseStatus(server, new Date(2026, 10, 25, 12))).toEqual({ kind: 'active', daysLeft: 96 });
    expect(() => licenseStatus(server, 'yesterday')).toThrow(RangeError);
  });

  it('computes many statuses at once, same as one by one', () => {
    const list = [server, cloud, evaluation];
    expect(licenseStatuses(list, '2027-03-02', { thresholds: [30] })).toEqual(
      list.map((l) => licenseStatus(l, '2027-03-02', { thresholds: [30] })),
    );
    expect(licenseStatuses([], '2027-03-02')).toEqual([]);
  });

  it('computes statuses one at a time on a prepared date, same as one by one', () => {
    const statusOf = licenseStatusOn('2027-03-02', { thresholds: [30] });
    for (const l of [server, cloud, evaluation]) expect(statusOf(l)).toEqual(licenseStatus(l, '2027-03-02', { thresholds: [30] }));
  });

  it('maintenance is active before its end only, and never for an evaluation (R-MAINT-6)', () => {
    expect(maintenanceActive(server, '2027-02-28')).toBe(true);
    expect(maintenanceActive(server, '2027-03-01')).toBe(false);
    expect(maintenanceActive(evaluation, '2026-11-25')).toBe(false);
  });
});
