import { domainError, type DomainError } from '../errors';

/** Every reason a pasted key is refused; each has its message at `keys:errors.<code>`. */
export const KEY_ERROR_CODES = [
  'empty',
  'truncated',
  'badFormat',
  'badSignature',
  'unknownKid',
  'sandboxInProduction',
  'notJson',
  'missingFields',
  'invalidFields',
  'evaluationExpired',
  'otherProduct',
  'olderThanApplied',
] as const;
export type KeyErrorCode = (typeof KEY_ERROR_CODES)[number];

/** Things worth telling the user before applying a key, which do not stop it; at `keys:warnings.<code>`. */
export const KEY_WARNING_CODES = ['serverIdDiffers', 'entityDiffers', 'senDiffers'] as const;
export type KeyWarningCode = (typeof KEY_WARNING_CODES)[number];

export interface KeyError extends DomainError {
  readonly code: KeyErrorCode;
}

export interface KeyWarning extends DomainError {
  readonly code: KeyWarningCode;
}

/** A key error with its i18n message key in the "keys" namespace. */
export function keyError(code: KeyErrorCode, params?: Record<string, string | number>): KeyError {
  return domainError(code, `keys:errors.${code}`, params) as KeyError;
}

/** A key warning with its i18n message key in the "keys" namespace. */
export function keyWarning(code: KeyWarningCode, params?: Record<string, string | number>): KeyWarning {
  return domainError(code, `keys:warnings.${code}`, params) as KeyWarning;
}
