import { daysBetween, toCalendarDate } from '../../../shared/calendar';
import type { License } from '../../../shared/license';
import { evaluationClock, evaluationEndInstant } from '../../../shared/licensing/evaluations';
import { licenseStatuses, type LicenseStatus } from '../../../shared/maintenance/status';

/** A license's status as shown: the domain's, or, for an evaluation whose clock went backwards, a tamper signal (R-EVAL-4). */
export type LicenseState = LicenseStatus | { readonly kind: 'clock-tampered'; readonly behindMs: number };
export type LicenseStateKind = LicenseState['kind'];

/** Every state, in the order the status filter lists them. */
export const STATE_KINDS: readonly LicenseStateKind[] = [
  'active',
  'expiring',
  'expired-perpetual',
  'subscription-lapsed',
  'evaluation',
  'evaluation-expired',
  'clock-tampered',
];

type StateInput = Pick<License, 'type' | 'deployment' | 'maintenanceEnd' | 'evaluationEnd' | 'evaluationEndsAt'>;

/**
 * The states of many licenses at `now`. Evaluations follow the clock rule
 * (R-EVAL-4): their days count from the latest time ever seen, so moving the
 * clock back never gives days back, and a clock behind it is reported.
 */
export function licenseStates(licenses: readonly StateInput[], now: Date, latestSeen: string | null): LicenseState[] {
  const statuses: LicenseState[] = licenseStatuses(licenses, now);
  for (let i = 0; i < licenses.length; i++) {
    const license = licenses[i] as StateInput;
    if (license.type === 'evaluation') statuses[i] = evaluationState(license, now, latestSeen);
  }
  return statuses;
}

/** The state of one license at `now`. */
export function licenseState(license: StateInput, now: Date, latestSeen: string | null): LicenseState {
  return licenseStates([license], now, latestSeen)[0] as LicenseState;
}

function evaluationState(license: StateInput, now: Date, latestSeen: string | null): LicenseState {
  const endAt = evaluationEndInstant(license);
  const clock = evaluationClock(endAt, latestSeen, now);
  if (clock.verdict === 'clock-tampered') return { kind: 'clock-tampered', behindMs: clock.behindMs };
  if (clock.verdict === 'valid') {
    const left = clock.timeLeft;
    return left.unit === 'hours'
      ? { kind: 'evaluation', daysLeft: 0, lastDay: { hours: left.hours, minutes: left.minutes } }
      : { kind: 'evaluation', daysLeft: clock.daysLeft };
  }
  return {
    kind: 'evaluation-expired',
    daysSince: Math.max(0, daysBetween(toCalendarDate(endAt), toCalendarDate(new Date(clock.latestSeen)))),
  };
}
