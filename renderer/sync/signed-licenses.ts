import type { ApiLicense } from '../../shared/api';
import type { Result } from '../../shared/errors';
import type { KeyError } from '../../shared/keys/key-errors';
import type { VerifiedKey } from '../../shared/keys/verify';

/** Checks a key's signature against the keys this build trusts. */
export type KeyVerifier = (key: string) => Promise<Result<VerifiedKey, KeyError>>;

/** The fields a license takes from its signed key, never from the server's unsigned copy of them (the licensee's name may be updated by Conex). */
const SIGNED_FIELDS = [
  'product',
  'deployment',
  'tier',
  'type',
  'entity',
  'serverId',
  'issued',
  'maintenanceStart',
  'maintenanceEnd',
  'evaluationEnd',
  'evaluationEndsAt',
  'majorVersion',
] as const;

export interface SignedLicenses {
  /** The licenses with every signed field as the key says. */
  licenses: ApiLicense[];
  /** Licenses whose unsigned fields disagreed with their key: the key's values were kept; the fields are named for the log. */
  disagreements: { sen: string; fields: string }[];
  /** Licenses left out: their key did not verify, or is another license's. `reason` is a message key. */
  unchecked: { sen: string; reason: string }[];
}

/**
 * A license's tier, maintenance end, major version, entity, server ID and the
 * other fields its key carries come only from that key, once its signature is
 * checked: the server's unsigned copies are compared, and when they disagree
 * they are ignored and reported, never stored. A license whose key does not
 * verify, or names another SEN, is left out.
 */
export async function licensesFromSignedKeys(items: readonly ApiLicense[], verify: KeyVerifier): Promise<SignedLicenses> {
  const out: SignedLicenses = { licenses: [], disagreements: [], unchecked: [] };
  for (const item of items) {
    const verified = await verify(item.key);
    if (!verified.ok) {
      out.unchecked.push({ sen: item.sen, reason: verified.error.messageKey });
      continue;
    }
    const payload = verified.value.payload;
    if (payload.sen !== item.sen) {
      out.unchecked.push({ sen: item.sen, reason: 'sync:errors.keyOfAnother' });
      continue;
    }
    const differ = SIGNED_FIELDS.filter((field) =>
      field === 'issued' ? Date.parse(item.issued) !== Date.parse(payload.issued) : item[field] !== payload[field],
    );
    if (differ.length) out.disagreements.push({ sen: item.sen, fields: differ.join(', ') });
    const { evaluationEnd: _unsigned, evaluationEndsAt: _unsignedAt, ...rest } = item;
    out.licenses.push({
      ...rest,
      product: payload.product,
      deployment: payload.deployment,
      tier: payload.tier,
      type: payload.type,
      entity: payload.entity,
      serverId: payload.serverId,
      issued: payload.issued,
      maintenanceStart: payload.maintenanceStart,
      maintenanceEnd: payload.maintenanceEnd,
      majorVersion: payload.majorVersion,
      ...(payload.evaluationEnd ? { evaluationEnd: payload.evaluationEnd } : {}),
      ...(payload.evaluationEndsAt ? { evaluationEndsAt: payload.evaluationEndsAt } : {}),
      key: verified.value.canonical,
    });
  }
  return out;
}
