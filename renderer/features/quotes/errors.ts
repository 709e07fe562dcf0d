import type { TFunction } from 'i18next';
import type { DomainError } from '../../../shared/errors';

/** A domain or store error in the user's language. */
export function errorText(t: TFunction, error: DomainError): string {
  return t(error.messageKey, { ...error.params });
}
