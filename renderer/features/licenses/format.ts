import type { TFunction } from 'i18next';
import type { DomainError } from '../../../shared/errors';

import { formatDate as formatDay, formatInstant } from '../../i18n/format';

export { formatDay, formatInstant };

/** How far behind the clock is, in the largest whole unit (R-EVAL-4 explanation). */
export function behindText(t: TFunction, ms: number): string {
  // Rounded: a clock set back two days and read a few seconds later is "2 days" behind, not "1 day".
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return t('licenses:behind.minutes', { count: minutes });
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return t('licenses:behind.hours', { count: hours });
  return t('licenses:behind.days', { count: Math.round(ms / 86_400_000) });
}

/**
 * When an evaluation ends, as the user reads it: its date and time when the key
 * says, else its date and that it ends at 00:00 that day (R-EVAL-1).
 */
export function evaluationEndText(
  t: TFunction,
  license: { readonly evaluationEndsAt?: string | undefined; readonly evaluationEnd?: string | undefined; readonly maintenanceEnd: string },
  language: string,
): string {
  if (license.evaluationEndsAt) return formatInstant(license.evaluationEndsAt, language);
  return t('licenses:evaluationEndAtMidnight', { date: formatDay(license.evaluationEnd ?? license.maintenanceEnd, language) });
}

const DAY_PARAMS = new Set(['evaluationEnd']);
const INSTANT_PARAMS = new Set(['issued', 'appliedIssued']);

/** An error's message in the user's language, with the dates it names written as they read them. */
export function errorText(t: TFunction, error: DomainError, language: string): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.params ?? {})) {
    if (typeof value === 'string' && DAY_PARAMS.has(name)) params[name] = formatDay(value, language);
    else if (typeof value === 'string' && INSTANT_PARAMS.has(name)) params[name] = formatInstant(value, language);
    else params[name] = value;
  }
  return t(error.messageKey, params);
}
