import type { TFunction } from 'i18next';
import type { DomainError } from '../../../shared/errors';
import { i18next } from '../../i18n';
import { formatDate } from './format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A domain or store error in the user's language, its dates written as the language writes them, and its cause (`causeKey`) translated too. */
export function errorText(t: TFunction, error: DomainError): string {
  const params = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' && ISO_DATE.test(v) ? formatDate(v, i18next.language) : v,
    ]),
  );
  // An error about one part (an option) carries that part's own message as its cause.
  const cause = typeof params.causeKey === 'string' ? { cause: t(params.causeKey, params) } : {};
  return t(error.messageKey, { ...params, ...cause });
}
