import { checkKeyForLicense, type KeyApplyCheck, type LicenseSnapshot } from '../../../shared/keys/apply-check';
import type { KeyError } from '../../../shared/keys/key-errors';
import { verifyKey, type VerifiedKey } from '../../../shared/keys/verify';
import type { Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import { webCryptoEd25519Verifier } from '../../lib/ed25519-webcrypto';
import { loadTrustedKeys } from '../../lib/trusted-keys';

/** Reads a pasted key and checks its signature offline, against the keys this build trusts. */
export async function verifyPastedKey(text: string): Promise<Result<VerifiedKey, KeyError>> {
  return verifyKey(text, { trustedKeys: await loadTrustedKeys(), verifier: webCryptoEd25519Verifier });
}

/** What a stored license looks like to the key check; `appliedKeyIssued` only when a key was applied (a restore leaves it out). */
export function licenseSnapshot(license: License, entityName: string | undefined, options: { restoring?: boolean } = {}): LicenseSnapshot {
  return {
    product: license.product,
    deployment: license.deployment,
    sen: license.sen,
    tier: license.tier,
    maintenanceEnd: license.maintenanceEnd,
    entity: entityName,
    serverId: license.serverId,
    appliedKeyIssued: license.key !== undefined && !options.restoring ? license.issued : undefined,
  };
}

/** Verifies a pasted key, then checks it against the license it would update (undefined for a new license). */
export async function checkPastedKey(
  text: string,
  current: LicenseSnapshot | undefined,
  now: Date,
): Promise<Result<KeyApplyCheck, KeyError>> {
  const verified = await verifyPastedKey(text);
  return verified.ok ? checkKeyForLicense(verified.value, current, now) : verified;
}
