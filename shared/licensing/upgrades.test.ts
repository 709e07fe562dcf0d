import { describe, expect, it } from 'vitest';
import { checkUpgradePath, planUpgrade, withinPurchaseWindow } from './upgrades';

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
