import { describe, expect, it } from 'vitest';
import { customizationAllowed } from './customization';

describe('platform customization (R-LIC-5)', () => {
  it('is open to Conex Server Enterprise license holders', () => {
    expect(customizationAllowed({ deployment: 'server', tier: 'Enterprise', type: 'commercial' })).toBe(true);
    expect(customizationAllowed({ deployment: 'server', tier: 'Enterprise', type: 'academic' })).toBe(true);
  });

  it('is never open for Cloud, lower tiers or an evaluation, which is not a held license', () => {
    expect(customizationAllowed({ deployment: 'cloud', tier: 'Enterprise', type: 'commercial' })).toBe(false);
    expect(customizationAllowed({ deployment: 'server', tier: 'Professional', type: 'commercial' })).toBe(false);
    expect(customizationAllowed({ deployment: 'server', tier: 'Enterprise', type: 'evaluation' })).toBe(false);
  });
});
