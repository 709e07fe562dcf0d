import { describe, expect, it } from 'vitest';
import type { License } from '../../../shared/license';
import { licenseRows } from './license-rows';

const stamp = '2026-01-01T00:00:00.000Z';
const base: License = {
  id: 'a',
  sen: 'SEN-00000001',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Professional',
  type: 'academic',
  entityId: 'library',
  serverId: 'SRV-1',
  licensee: 'Université',
  issued: stamp,
  maintenanceStart: '2026-01-01',
  maintenanceEnd: '2027-01-01',
  majorVersion: 9,
  createdAt: stamp,
  updatedAt: stamp,
};
const now = new Date('2026-03-10T10:00:00');

describe('rows of the Licenses list', () => {
  it('carry the entity name, the state, the end day and the text the search box matches', () => {
    const [row] = licenseRows([base], new Map([['library', 'Main Library']]), now, now.toISOString());
    expect(row).toMatchObject({ sen: 'SEN-00000001', entity: 'Main Library', status: 'active', maintenanceEndIso: '2027-01-01' });
    expect(row?.search).toBe('sen-00000001\u0000main library');
  });

  it('show an evaluation by its evaluation end with its days left (R-EVAL-1)', () => {
    const evaluation: License = {
      ...base,
      id: 'e',
      type: 'evaluation',
      tier: 'Enterprise',
      maintenanceEnd: '2026-03-20',
      evaluationEnd: '2026-03-20',
    };
    const [row] = licenseRows([evaluation], new Map(), now, now.toISOString());
    expect(row).toMatchObject({
      entity: '',
      status: 'evaluation',
      state: { kind: 'evaluation', daysLeft: 10 },
      maintenanceEndIso: '2026-03-20',
    });
  });

  it('flag an evaluation when the clock is behind the latest time seen (R-EVAL-4)', () => {
    const evaluation: License = { ...base, type: 'evaluation', maintenanceEnd: '2026-03-20', evaluationEnd: '2026-03-20' };
    const [row] = licenseRows([evaluation], new Map(), now, new Date('2026-03-12T10:00:00').toISOString());
    expect(row?.status).toBe('clock-tampered');
  });
});
