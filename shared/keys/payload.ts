import type { Deployment, IsoDate, LicenseType, ProductId, Sen, Tier } from '../catalog';
import { DEPLOYMENTS, LICENSE_TYPES, PRODUCT_IDS, SEN_PATTERN, TIERS } from '../catalog-lists';

/** Signing key ids: lower-case words and digits, e.g. `conex-2026`. */
export const KID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The fields every key payload carries, in the order the docs list them. */
export const REQUIRED_PAYLOAD_FIELDS = [
  'kid',
  'sen',
  'product',
  'deployment',
  'tier',
  'type',
  'entity',
  'serverId',
  'licensee',
  'issued',
  'maintenanceStart',
  'maintenanceEnd',
  'majorVersion',
] as const;
export type PayloadField = (typeof REQUIRED_PAYLOAD_FIELDS)[number] | 'evaluationEnd' | 'evaluationEndsAt';

/**
 * The signed content of a license key (docs/license-keys.md). Unknown fields
 * are dropped rather than refused, so a newer issuer can add fields without
 * breaking older apps; every field below is checked by `readKeyPayload`.
 */
export interface KeyPayload {
  kid: string;
  sen: Sen;
  product: ProductId;
  deployment: Deployment;
  tier: Tier;
  type: LicenseType;
  /** The entity (library, faculty, campus ...) the license is for (R-LIC-1). */
  entity: string;
  serverId: string;
  /** The organization that holds the license. */
  licensee: string;
  issued: string;
  maintenanceStart: IsoDate;
  /** The first day maintenance no longer covers, as in shared/license.ts. */
  maintenanceEnd: IsoDate;
  /** Evaluations only: the date the evaluation ends on; at 00:00 that day unless `evaluationEndsAt` says when (R-EVAL-1). */
  evaluationEnd?: IsoDate | undefined;
  /** Evaluations only, newer keys: the moment the evaluation ends, 10 days after its start to the minute (R-EVAL-1). */
  evaluationEndsAt?: string | undefined;
  majorVersion: number;
}
/** What a signer hands over: the same fields, text not yet trimmed. */
export type KeyPayloadInput = KeyPayload;

/** A payload's fields checked: the payload, or the fields that are wrong, in the order the docs list them. */
export type PayloadRead = { readonly ok: true; readonly value: KeyPayload } | { readonly ok: false; readonly invalid: PayloadField[] };

// A field's reader gives its value (text trimmed) or INVALID. Plain functions rather than a zod schema: every key of
// a file is read, and building and running a schema cost `conex key verify` more than the signature checks did.
const INVALID = Symbol('invalid');
type Reader = (value: unknown) => unknown;
const matching =
  (pattern: RegExp): Reader =>
  (v) =>
    typeof v === 'string' && pattern.test(v) ? v : INVALID;
const oneOf =
  (list: readonly string[]): Reader =>
  (v) =>
    typeof v === 'string' && list.includes(v) ? v : INVALID;
const text =
  (max: number): Reader =>
  (v) => {
    if (typeof v !== 'string') return INVALID;
    const trimmed = v.trim();
    return trimmed.length >= 1 && trimmed.length <= max ? trimmed : INVALID;
  };
const whole =
  (min: number, max: number): Reader =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : INVALID;
// The patterns of zod's z.iso.date() and z.iso.datetime({ offset: true }), so keys read as the app's schemas read dates
// (a 30 February is no date); payload.test.ts holds them to zod's. Copied: zod's module of patterns loads all of zod.
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;
/** A calendar date, YYYY-MM-DD, that exists. */
export const ISO_DATE_PATTERN = new RegExp(`^${DATE}$`);
/** A moment with seconds and a Z or an offset, e.g. 2026-03-02T09:30:00Z. */
export const ISO_MOMENT_PATTERN = new RegExp(`^${DATE}T${TIME}$`);
const day = matching(ISO_DATE_PATTERN);
const moment = matching(ISO_MOMENT_PATTERN);

const READERS: { readonly [F in keyof KeyPayload]-?: Reader } = {
  kid: matching(KID_PATTERN),
  sen: matching(SEN_PATTERN),
  product: oneOf(PRODUCT_IDS),
  deployment: oneOf(DEPLOYMENTS),
  tier: oneOf(TIERS),
  type: oneOf(LICENSE_TYPES),
  entity: text(200),
  serverId: text(100),
  licensee: text(200),
  issued: moment,
  maintenanceStart: day,
  maintenanceEnd: day,
  evaluationEnd: day,
  evaluationEndsAt: moment,
  majorVersion: whole(1, 999),
};
const FIELDS = Object.keys(READERS) as (keyof KeyPayload)[];
const OPTIONAL: ReadonlySet<string> = new Set<PayloadField>(['evaluationEnd', 'evaluationEndsAt']);

/**
 * Checks every field of a decoded payload and returns the payload with only
 * the known fields, text trimmed; the rules between fields are checked once
 * each field is valid on its own.
 */
export function readKeyPayload(value: Readonly<Record<string, unknown>>): PayloadRead {
  const payload: Record<string, unknown> = {};
  const invalid: PayloadField[] = [];
  for (const field of FIELDS) {
    const raw = value[field];
    if (raw === undefined && OPTIONAL.has(field)) continue;
    const read = READERS[field](raw);
    if (read === INVALID) invalid.push(field);
    else payload[field] = read;
  }
  if (invalid.length > 0) return { ok: false, invalid };
  const p = payload as unknown as KeyPayload;
  if (p.maintenanceEnd < p.maintenanceStart) invalid.push('maintenanceEnd');
  // R-PROD-2: only evaluations end; a sold license with an end date is a signing mistake.
  if ((p.type === 'evaluation') !== (p.evaluationEnd !== undefined)) invalid.push('evaluationEnd');
  if (p.evaluationEndsAt !== undefined && p.type !== 'evaluation') invalid.push('evaluationEndsAt');
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, value: p };
}

/** The checked payload of a trusted caller (a signer, a test); throws on an invalid one, which is a bug in that caller. */
export function parseKeyPayload(value: KeyPayloadInput): KeyPayload {
  const read = readKeyPayload(value as unknown as Readonly<Record<string, unknown>>);
  if (!read.ok) throw new Error(`Invalid key payload fields: ${read.invalid.join(', ')}`);
  return read.value;
}

/** The required fields absent from a decoded payload object (evaluationEnd counts for evaluations). */
export function missingPayloadFields(value: Record<string, unknown>): PayloadField[] {
  const missing: PayloadField[] = REQUIRED_PAYLOAD_FIELDS.filter((f) => value[f] === undefined || value[f] === null);
  if (value.type === 'evaluation' && (value.evaluationEnd === undefined || value.evaluationEnd === null)) missing.push('evaluationEnd');
  return missing;
}
