import { describe, expect, it } from 'vitest';
import { licenseRow } from '../../test/rows';
import { activeFilterCount, licenseMatcher, NO_FILTERS, type LicenseFilters } from './license-filters';
import { licenseRows } from './license-rows';

const now = new Date('2026-11-25T10:00:00');
const names = new Map([
  ['library', 'Main Library'],
  ['faculty', 'Faculty of Science'],
]);
const rows = licenseRows(
  [
    licenseRow('l1', 'SEN-00000001', { entityId: 'library', maintenanceEnd: '2027-05-01' }),
    licenseRow('l2', 'SEN-00000002', { entityId: 'faculty', maintenanceEnd: '2026-12-10', tier: 'Starter' }),
    licenseRow('l3', 'SEN-00000003', { entityId: 'library', maintenanceEnd: '2026-06-01', deployment: 'cloud' }),
    licenseRow('l4', 'SEN-00000004', { entityId: 'gone', maintenanceEnd: '2026-12-11', type: 'commercial' }),
  ],
  names,
  now,
  null,
);
const kept = (needle: string | null, filters: Partial<LicenseFilters> = {}) => {
  const keep = licenseMatcher(needle, { ...NO_FILTERS, ...filters });
  return (keep ? rows.filter(keep) : rows).map((r) => r.sen.slice(-1));
};

describe('what the Licenses list keeps', () => {
  it('keeps everything, and asks for no pass over the rows, when nothing is searched or filtered', () => {
    expect(licenseMatcher(null, NO_FILTERS)).toBeNull();
  });

  it('searches the SEN or the entity name, in any case', () => {
    expect(kept('00000003')).toEqual(['3']);
    expect(kept('faculty')).toEqual(['2']);
    expect(kept('sen-0000000')).toEqual(['1', '2', '3', '4']);
  });

  it('filters by entity, product and deployment, tier, type and status', () => {
    expect(kept(null, { entity: 'Main Library' })).toEqual(['1', '3']);
    expect(kept(null, { entity: '' })).toEqual(['4']);
    expect(kept(null, { product: 'conex-books:cloud' })).toEqual(['3']);
    expect(kept(null, { tier: 'Starter' })).toEqual(['2']);
    expect(kept(null, { type: 'commercial' })).toEqual(['4']);
    expect(kept(null, { status: 'subscription-lapsed' })).toEqual(['3']);
  });

  it('filters by maintenance end strictly before or after a day', () => {
    expect(kept(null, { endsAfter: '2026-12-10' })).toEqual(['1', '4']);
    expect(kept(null, { endsBefore: '2026-12-10' })).toEqual(['3']);
    expect(kept(null, { endsAfter: '2026-06-01', endsBefore: '2027-01-01' })).toEqual(['2', '4']);
  });

  it('keeps only what the search and every filter all accept', () => {
    expect(kept('main', { endsAfter: '2026-07-01' })).toEqual(['1']);
    expect(kept('faculty', { entity: 'Main Library' })).toEqual([]);
  });

  it('counts the filters that narrow the list', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, tier: 'Express', endsBefore: '2026-01-01' })).toBe(2);
    expect(activeFilterCount({ ...NO_FILTERS, entity: '' })).toBe(1);
  });
});
