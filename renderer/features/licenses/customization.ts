import type { License } from '../../../shared/license';

/** Platform customization can be asked for only by holders of a Conex Server Enterprise license, never for Cloud (R-LIC-5). */
export function customizationAllowed(license: Pick<License, 'deployment' | 'tier' | 'type'>): boolean {
  return license.deployment === 'server' && license.tier === 'Enterprise' && license.type !== 'evaluation';
}
