/**
 * Errors a user can cause are values, not exceptions. `messageKey` is an i18n key
 * ("namespace:path") that the renderer translates with `params`.
 */
export interface DomainError {
  readonly code: string;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T, E extends DomainError = DomainError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E extends DomainError>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

export function domainError(code: string, messageKey: string, params?: Record<string, string | number>): DomainError {
  return params ? { code, messageKey, params } : { code, messageKey };
}
