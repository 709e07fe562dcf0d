import { describe, expect, it } from 'vitest';
import { checkUpgradePath, knownPurchaseDate, planUpgrade, withinPurchaseWindow } from './upgrades';

const today = '2026-11-25';
const license = { id: 'l1', tier: 'Express', type: 'commercial', purchaseDate: '2026-03-01' } as const;

describe('upgrades', () => {
  it('go upward only (R-UPG-1)', () => {
    expect(checkUpgradePath('Starter', 'Enterprise')).toEqual({ ok: true, value: { from: 'Starter', to: 'Enterprise' } });
    expect(checkUpgradePath('Professional', 'Express')).toEqual({
      ok: false,
      error: { code: 'upgrade.downward', messageKey: 'domain:upgrade.downward', params: { from: 'Professional', to: 'Express' } },
    });
    expect(checkUpgradePath('Express', 'Express')).toMatchObject({
      ok: false,
      error: { code: 'upgrade.sameTier', params: { tier: 'Express' } },
    });
  });

  it('refuse tiers that do not exist', () => {
    expect(checkUpgradePath('Gold', 'Enterprise')).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:tier.unknown', params: { tier: 'Gold' } },
    });
    expect(checkUpgradePath('Starter', 'Ultimate')).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:tier.unknown', params: { tier: 'Ultimate' } },
    });
  });

  it('licenses are never combined into a tier (R-LIC-2)', () => {
    const starter = { ...license, id: 'l2', tier: 'Starter' } as const;
    expect(planUpgrade([starter, license], 'Professional', today)).toMatchObject({
      ok: false,
      error: { messageKey: 'domain:upgrade.combine', params: { count: 2 } },
    });
  });

  it('need one license, not an evaluation', () => {
    expect(planUpgrade([], 'Professional', today)).toMatchObject({ ok: false, error: { code: 'upgrade.noLicense' } });
    expect(planUpgrade([{ ...license, type: 'evaluation' }], 'Professional', today)).toMatchObject({
      ok: false,
      error: { code: 'upgrade.evaluation' },
    });
    expect(planUpgrade([license], 'Starter', today)).toMatchObject({ ok: false, error: { code: 'upgrade.downward' } });
  });

  it('go through sales within 30 days of purchase, standard pricing after (R-UPG-1)', () => {
    expect(planUpgrade([{ ...license, purchaseDate: '2026-11-10' }], 'Professional', today)).toEqual({
      ok: true,
      value: { licenseId: 'l1', from: 'Express', to: 'Professional', route: 'sales' },
    });
    expect(planUpgrade([license], 'Professional', today)).toMatchObject({ ok: true, value: { route: 'standard' } });
    expect(planUpgrade([{ ...license, purchaseDate: undefined }], 'Professional', today)).toMatchObject({
      ok: true,
      value: { route: 'standard' },
    });
  });

  it('the 30-day window counts days since purchase, inclusive (R-UPG-1)', () => {
    expect(withinPurchaseWindow('2026-10-26', today)).toBe(true);
    expect(withinPurchaseWindow('2026-10-25', today)).toBe(false);
    expect(withinPurchaseWindow(today, today)).toBe(true);
    expect(withinPurchaseWindow('2026-11-26', today)).toBe(false);
  });
});

describe('upgrade errors carry their code and message key', () => {
  it.each([
    [() => checkUpgradePath('Gold', 'Enterprise'), { code: 'tier.unknown', messageKey: 'domain:tier.unknown', params: { tier: 'Gold' } }],
    [
      () => checkUpgradePath('Starter', 'Ultimate'),
      { code: 'tier.unknown', messageKey: 'domain:tier.unknown', params: { tier: 'Ultimate' } },
    ],
    [
      () => checkUpgradePath('Express', 'Express'),
      { code: 'upgrade.sameTier', messageKey: 'domain:upgrade.sameTier', params: { tier: 'Express' } },
    ],
    [
      () => planUpgrade([license, license], 'Enterprise', today),
      { code: 'upgrade.combine', messageKey: 'domain:upgrade.combine', params: { count: 2 } },
    ],
    [() => planUpgrade([], 'Enterprise', today), { code: 'upgrade.noLicense', messageKey: 'domain:upgrade.noLicense' }],
    [
      () => planUpgrade([{ ...license, type: 'evaluation' }], 'Enterprise', today),
      { code: 'upgrade.evaluation', messageKey: 'domain:upgrade.evaluation' },
    ],
  ])('%#: typed error (R-UPG-1, R-LIC-2)', (run, error) => {
    expect(run()).toEqual({ ok: false, error });
  });
});

describe('the purchase date the app knows (R-UPG-1)', () => {
  const key = { issued: '2026-11-25T08:00:00.000Z', maintenanceStart: '2026-11-25' };
  it('is the date Conex sent, else the paying order’s date, else a new license key’s maintenance start', () => {
    expect(knownPurchaseDate({ ...key, purchaseDate: '2026-01-05' }, '2026-02-01')).toBe('2026-01-05');
    expect(knownPurchaseDate(key, '2026-11-20')).toBe('2026-11-20');
    expect(knownPurchaseDate(key)).toBe('2026-11-25');
  });

  it('a renewal key, issued before or after its maintenance starts, tells nothing about the purchase', () => {
    expect(knownPurchaseDate({ issued: '2026-10-01T08:00:00.000Z', maintenanceStart: '2026-11-25' })).toBeUndefined();
    expect(knownPurchaseDate({ issued: '2026-12-20T08:00:00.000Z', maintenanceStart: '2026-11-25' })).toBeUndefined();
  });
});
