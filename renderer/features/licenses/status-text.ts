import type { TFunction } from 'i18next';
import type { LicenseState } from './license-state';

/** A license state in words: the days left show wherever the license shows (R-EVAL-1). */
export function statusText(t: TFunction, state: LicenseState): string {
  switch (state.kind) {
    case 'active':
      return t('licenses:status.active');
    case 'evaluation':
      // On its last day an evaluation counts hours and minutes (R-EVAL-1).
      return state.lastDay
        ? t('licenses:status.evaluationLastDay', { hours: state.lastDay.hours, minutes: state.lastDay.minutes })
        : t('licenses:status.evaluation', { count: state.daysLeft });
    case 'expiring':
      return t(`licenses:status.${state.kind}`, { count: state.daysLeft });
    case 'clock-tampered':
      return t('licenses:status.clock-tampered');
    default:
      return t(`licenses:status.${state.kind}`);
  }
}

/** The colour that goes with a state, repeating what its words say. */
export function stateTone(state: LicenseState): 'success' | 'warning' | 'info' | 'error' {
  switch (state.kind) {
    case 'active':
      return 'success';
    case 'expiring':
    case 'expired-perpetual':
      return 'warning';
    case 'evaluation':
      return 'info';
    default:
      return 'error';
  }
}
