import { describe, expect, it } from 'vitest';
import { licenseRow } from '../../test/rows';
import { sortRows } from '../../ui/data-table/table-sort';
import { licenseRows } from './license-rows';
import { isLicenseField, LICENSE_COMPARATORS, type LicenseField } from './license-sort';

const now = new Date('2026-11-25T10:00:00');
const rows = licenseRows(
  [
    licenseRow('a', 'SEN-00000003', { entityId: 'e10', tier: 'Enterprise', maintenanceEnd: '2027-05-01', deployment: 'server' }),
    licenseRow('b', 'SEN-00000001', { entityId: 'e2', tier: 'Starter', maintenanceEnd: '2026-06-01', deployment: 'cloud' }),
    licenseRow('c', 'SEN-00000002', {
      entityId: 'e1',
      tier: 'Express',
      type: 'evaluation',
      maintenanceEnd: '2028-01-01',
      evaluationEnd: '2026-12-01',
    }),
  ],
  new Map([
    ['e10', 'Entity 10'],
    ['e2', 'entity 2'],
    ['e1', 'Éntity 1'],
  ]),
  now,
  null,
);
const order = (field: LicenseField, direction: 'asc' | 'desc' = 'asc') =>
  sortRows(rows, LICENSE_COMPARATORS[field], direction).map((r) => r.id);

describe('the Licenses list sorted by a column', () => {
  it('orders maintenance end by day, an evaluation by its evaluation end', () => {
    expect(order('maintenanceEnd')).toEqual(['b', 'c', 'a']);
    expect(order('maintenanceEnd', 'desc')).toEqual(['a', 'c', 'b']);
  });

  it('orders tiers from Starter up, not as words', () => {
    expect(order('tier')).toEqual(['b', 'c', 'a']);
  });

  it('orders entity names as people read them: case and accents aside, numbers by value', () => {
    expect(order('entity')).toEqual(['c', 'b', 'a']);
  });

  it('orders SENs, and products by product then deployment', () => {
    expect(order('sen')).toEqual(['b', 'c', 'a']);
    expect(order('product')).toEqual(['b', 'a', 'c']);
  });

  it('orders statuses as the status filter lists them', () => {
    expect(rows.map((r) => r.status)).toEqual(['active', 'subscription-lapsed', 'evaluation']);
    expect(order('status')).toEqual(['a', 'b', 'c']);
  });

  it('knows its columns by field', () => {
    expect([isLicenseField('sen'), isLicenseField('license'), isLicenseField('search')]).toEqual([true, false, false]);
  });
});
