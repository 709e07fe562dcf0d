import { describe, expect, it } from 'vitest';
import { samplePayload, sampleEvaluationPayload } from '../../tests/fixtures/keys';
import { checkKeyForLicense, type LicenseSnapshot } from './apply-check';
import { parseKeyPayload, type KeyPayloadInput } from './payload';
import type { VerifiedKey } from './verify';

function verified(overrides: Partial<KeyPayloadInput> = {}, base: KeyPayloadInput = samplePayload()): VerifiedKey {
  return { canonical: 'CX1.test.key', payload: parseKeyPayload({ ...base, ...overrides }), sandbox: true };
}

const current: LicenseSnapshot = {
  product: 'conex-books',
  deployment: 'server',
  sen: 'SEN-12345678',
  tier: 'Express',
  maintenanceEnd: '2026-03-02',
  entity: 'Main Library',
  serverId: 'BX7Q-2M4K-9PLD-T3RW',
  appliedKeyIssued: '2025-03-02T10:00:00Z',
};
const now = new Date(2026, 2, 5, 12, 0);

describe('checkKeyForLicense', () => {
  it('a key for a new license: no warnings, every field new', () => {
    const r = checkKeyForLicense(verified(), undefined, now);
    expect(r).toEqual({
      ok: true,
      value: {
        key: verified(),
        warnings: [],
        diff: {
          tier: { before: undefined, after: 'Professional', changed: true },
          maintenanceEnd: { before: undefined, after: '2027-03-02', changed: true },
          entity: { before: undefined, after: 'Main Library', changed: true },
          serverId: { before: undefined, after: 'BX7Q-2M4K-9PLD-T3RW', changed: true },
        },
      },
    });
  });

  it('a newer key for the same SEN replaces the old one and shows tier and maintenance before → after (R-LIC-3)', () => {
    const r = checkKeyForLicense(verified(), current, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.warnings).toEqual([]);
    expect(r.value.diff.tier).toEqual({ before: 'Express', after: 'Professional', changed: true });
    expect(r.value.diff.maintenanceEnd).toEqual({ before: '2026-03-02', after: '2027-03-02', changed: true });
    expect(r.value.diff.entity.changed).toBe(false);
    expect(r.value.diff.serverId.changed).toBe(false);
  });

  it('a key older than the one applied for the same SEN: keys:errors.olderThanApplied (R-LIC-3)', () => {
    const r = checkKeyForLicense(verified({ issued: '2025-01-15T08:00:00Z' }), current, now);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'olderThanApplied',
        messageKey: 'keys:errors.olderThanApplied',
        params: { issued: '2025-01-15T08:00:00Z', appliedIssued: '2025-03-02T10:00:00Z' },
      },
    });
  });

  it('compares issue instants, not texts, across time-zone offsets', () => {
    const sameInstantLater = checkKeyForLicense(verified({ issued: '2025-03-02T11:00:00+01:00' }), current, now);
    expect(sameInstantLater.ok).toBe(true);
    const earlier = checkKeyForLicense(verified({ issued: '2025-03-02T10:30:00+01:00' }), current, now);
    expect(earlier).toMatchObject({ ok: false, error: { code: 'olderThanApplied' } });
  });

  it('the same key pasted again is not an error and changes nothing', () => {
    const applied = { ...current, tier: 'Professional' as const, maintenanceEnd: '2027-03-02', appliedKeyIssued: samplePayload().issued };
    const r = checkKeyForLicense(verified(), applied, now);
    expect(r.ok && Object.values(r.value.diff).some((d) => d.changed)).toBe(false);
  });

  it('an older key for another SEN is not "older than applied", but warns that the SEN differs', () => {
    const r = checkKeyForLicense(verified({ sen: 'SEN-87654321', issued: '2024-01-01T00:00:00Z' }), current, now);
    expect(r.ok && r.value.warnings).toEqual([
      { code: 'senDiffers', messageKey: 'keys:warnings.senDiffers', params: { before: 'SEN-12345678', after: 'SEN-87654321' } },
    ]);
  });

  it('a key for another product: keys:errors.otherProduct', () => {
    const r = checkKeyForLicense(verified({ product: 'conex-data-center' }), current, now);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'otherProduct',
        messageKey: 'keys:errors.otherProduct',
        params: { keyProduct: 'conex-data-center', licenseProduct: 'conex-books' },
      },
    });
  });

  it('a Cloud key for a Server license is another product too (R-PROD-1)', () => {
    const r = checkKeyForLicense(verified({ deployment: 'cloud' }), current, now);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'otherProduct', params: { keyDeployment: 'cloud', licenseDeployment: 'server' } },
    });
  });

  it('a different server ID is a warning, not an error (R-LIC-1); case and spaces do not count', () => {
    const moved = checkKeyForLicense(verified({ serverId: 'ZZZZ-2M4K-9PLD-T3RW' }), current, now);
    expect(moved.ok && moved.value.warnings.map((w) => w.messageKey)).toEqual(['keys:warnings.serverIdDiffers']);
    expect(moved.ok && moved.value.diff.serverId).toEqual({ before: 'BX7Q-2M4K-9PLD-T3RW', after: 'ZZZZ-2M4K-9PLD-T3RW', changed: true });
    const retyped = checkKeyForLicense(verified({ serverId: 'bx7q-2m4k-9pld-t3rw' }), current, now);
    expect(retyped.ok && retyped.value.warnings).toEqual([]);
  });

  it('a different entity is a warning, not an error (R-LIC-1, R-LIC-6); case and surrounding spaces do not count', () => {
    const other = checkKeyForLicense(verified({ entity: 'Faculty of Science' }), current, now);
    expect(other.ok && other.value.warnings).toEqual([
      { code: 'entityDiffers', messageKey: 'keys:warnings.entityDiffers', params: { before: 'Main Library', after: 'Faculty of Science' } },
    ]);
    const same = checkKeyForLicense(verified({ entity: 'MAIN LIBRARY' }), current, now);
    expect(same.ok && same.value.warnings).toEqual([]);
  });

  describe('evaluation keys (R-EVAL-1): 10 days, expired from their end date on', () => {
    const evaluation = sampleEvaluationPayload('2026-03-02');

    it('run through the 10th day', () => {
      expect(evaluation.evaluationEnd).toBe('2026-03-12');
      expect(checkKeyForLicense(verified({}, evaluation), undefined, new Date(2026, 2, 11, 23, 59)).ok).toBe(true);
    });

    it('on the end date: keys:errors.evaluationExpired', () => {
      const r = checkKeyForLicense(verified({}, evaluation), undefined, new Date(2026, 2, 12, 0, 1));
      expect(r).toEqual({
        ok: false,
        error: { code: 'evaluationExpired', messageKey: 'keys:errors.evaluationExpired', params: { evaluationEnd: '2026-03-12' } },
      });
    });

    it('a commercial key never expires, whatever its maintenance end (R-MAINT-6)', () => {
      expect(checkKeyForLicense(verified({ maintenanceEnd: '2026-03-03' }), current, new Date(2030, 0, 1)).ok).toBe(true);
    });
  });
});
