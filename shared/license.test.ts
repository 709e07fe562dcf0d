import { describe, expect, it } from 'vitest';
import { licenseSchema, parseLicense } from './license';

const stored = {
  id: 'lic-1',
  sen: 'SEN-12345678',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Professional',
  type: 'academic',
  entityId: 'ent-1',
  serverId: 'srv-1',
  licensee: 'Université d’Alger 1',
  issued: '2026-03-10T09:30:00Z',
  maintenanceStart: '2026-03-10',
  maintenanceEnd: '2027-03-10',
  majorVersion: 9,
  createdAt: '2026-03-10T09:30:00Z',
  updatedAt: '2026-03-10T09:30:00Z',
};

describe('the stored license record', () => {
  it('accepts a valid record (R-LIC-1, R-LIC-4)', () => {
    expect(parseLicense(stored)).toEqual({ ok: true, value: stored });
    expect(licenseSchema.safeParse({ ...stored, key: 'AAAA', purchaseDate: '2026-03-10', installedMajorVersion: 8 }).success).toBe(true);
  });

  it('refuses a bad SEN, tier or product with a typed error naming the field', () => {
    expect(parseLicense({ ...stored, sen: '123' })).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:license.invalid', params: { path: 'sen' } },
    });
    expect(parseLicense({ ...stored, tier: 'Gold' })).toMatchObject({ ok: false, error: { params: { path: 'tier' } } });
    expect(parseLicense({ ...stored, product: 'conex-chat' })).toMatchObject({ ok: false, error: { params: { path: 'product' } } });
    expect(parseLicense(undefined)).toMatchObject({ ok: false, error: { code: 'license.invalid', params: { path: '' } } });
  });

  it('refuses a maintenance end before its start, accepts an empty period', () => {
    expect(parseLicense({ ...stored, maintenanceEnd: stored.maintenanceStart }).ok).toBe(true);
    expect(parseLicense({ ...stored, maintenanceEnd: '2026-03-09' })).toMatchObject({
      ok: false,
      error: { params: { path: 'maintenanceEnd', detail: 'license.endBeforeStart' } },
    });
  });

  it('an evaluation needs its end date (R-EVAL-1)', () => {
    expect(parseLicense({ ...stored, type: 'evaluation' })).toMatchObject({ ok: false, error: { params: { path: 'evaluationEnd' } } });
    expect(parseLicense({ ...stored, type: 'evaluation', evaluationEnd: '2026-03-20' }).ok).toBe(true);
  });
});
