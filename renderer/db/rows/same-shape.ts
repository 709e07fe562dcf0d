/**
 * Compiles only when a stored row and its domain type have the same fields:
 * a field added to or removed from the domain type then fails the build here,
 * so the row's mapper (and, when the stored shape changes, a new numbered
 * migration with its test) is changed on purpose, never silently.
 */
export type SameFields<Row, Domain> = [keyof Row] extends [keyof Domain] ? ([keyof Domain] extends [keyof Row] ? true : never) : never;
