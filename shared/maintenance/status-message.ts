import type { LicenseStatus } from './status';

/** A status's words as a message key in the `maintenance` namespace with its parameters: the app's table and the command line say the same. */
export function statusMessage(status: LicenseStatus): { key: string; params?: Record<string, number> } {
  switch (status.kind) {
    case 'expiring':
      return { key: 'maintenance:status.expiring', params: { count: status.daysLeft, threshold: status.threshold } };
    case 'active':
    case 'evaluation':
      return { key: `maintenance:status.${status.kind}`, params: { count: status.daysLeft } };
    case 'evaluation-expired':
      return { key: 'maintenance:status.evaluation-expired' };
    default:
      return { key: `maintenance:status.${status.kind}`, params: { count: status.daysSince } };
  }
}
