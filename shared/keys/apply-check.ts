import { evaluationEndInstant } from '../licensing/evaluations';
import type { Deployment, ProductId, Tier } from '../catalog';
import { err, ok, type Result } from '../errors';
import { keyError, keyWarning, type KeyError, type KeyWarning } from './key-errors';
import type { VerifiedKey } from './verify';

/** What the license being updated looks like now; every field but product may be unknown. */
export interface LicenseSnapshot {
  readonly product: ProductId;
  readonly deployment?: Deployment | undefined;
  readonly sen?: string | undefined;
  readonly tier?: Tier | undefined;
  readonly maintenanceEnd?: string | undefined;
  readonly entity?: string | undefined;
  readonly serverId?: string | undefined;
  /** `issued` of the key already applied to this license, if any. */
  readonly appliedKeyIssued?: string | undefined;
}

/** The license fields a key changes, shown to the user before they apply it. */
export const DIFF_FIELDS = ['tier', 'maintenanceEnd', 'entity', 'serverId'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  readonly before: string | undefined;
  readonly after: string;
  readonly changed: boolean;
}
export type KeyDiff = Readonly<Record<DiffField, FieldChange>>;

/** A key that may be applied, with what it changes and what the user should confirm. */
export interface KeyApplyCheck {
  readonly key: VerifiedKey;
  readonly warnings: readonly KeyWarning[];
  readonly diff: KeyDiff;
}

/**
 * Checks a verified key against the license it would update (`current`
 * undefined for a new license) at `now`. Errors: an expired evaluation, a key
 * for another product, a key older than the one applied for the same SEN
 * (R-LIC-3). A different server ID, entity or SEN is only a warning: moving a
 * license is legitimate, but the user should see it (R-LIC-1, R-LIC-6).
 */
export function checkKeyForLicense(
  verified: VerifiedKey,
  current: LicenseSnapshot | undefined,
  now: Date,
): Result<KeyApplyCheck, KeyError> {
  const key = verified.payload;
  if (current && (key.product !== current.product || (current.deployment !== undefined && key.deployment !== current.deployment))) {
    return err(
      keyError('otherProduct', {
        keyProduct: key.product,
        keyDeployment: key.deployment,
        licenseProduct: current.product,
        licenseDeployment: current.deployment ?? key.deployment,
      }),
    );
  }
  // An evaluation ends at its exact moment when the key says, else at 00:00 on its end date, on the user's calendar.
  if (key.type === 'evaluation' && key.evaluationEnd !== undefined && now.getTime() >= evaluationEndInstant(key).getTime()) {
    return err(keyError('evaluationExpired', { evaluationEnd: key.evaluationEnd }));
  }
  const sameSen = current?.sen !== undefined && current.sen === key.sen;
  if (sameSen && current?.appliedKeyIssued !== undefined && Date.parse(key.issued) < Date.parse(current.appliedKeyIssued)) {
    return err(keyError('olderThanApplied', { issued: key.issued, appliedIssued: current.appliedKeyIssued }));
  }

  const warnings: KeyWarning[] = [];
  if (current?.sen !== undefined && !sameSen) warnings.push(keyWarning('senDiffers', { before: current.sen, after: key.sen }));
  if (current?.serverId !== undefined && sameServerId(current.serverId, key.serverId) === false) {
    warnings.push(keyWarning('serverIdDiffers', { before: current.serverId, after: key.serverId }));
  }
  if (current?.entity !== undefined && sameEntity(current.entity, key.entity) === false) {
    warnings.push(keyWarning('entityDiffers', { before: current.entity, after: key.entity }));
  }

  const change = (before: string | undefined, after: string, same: (a: string, b: string) => boolean): FieldChange => ({
    before,
    after,
    changed: before === undefined || !same(before, after),
  });
  const exact = (a: string, b: string) => a === b;
  return ok({
    key: verified,
    warnings,
    diff: {
      tier: change(current?.tier, key.tier, exact),
      maintenanceEnd: change(current?.maintenanceEnd, key.maintenanceEnd, exact),
      entity: change(current?.entity, key.entity, sameEntity),
      serverId: change(current?.serverId, key.serverId, sameServerId),
    },
  });
}

// "Main Library" and "main library " are one entity, as in shared/entity.ts.
function sameEntity(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}

// Server IDs are read aloud and retyped; case and spaces carry no meaning.
function sameServerId(a: string, b: string): boolean {
  return a.replace(/\s/g, '').toUpperCase() === b.replace(/\s/g, '').toUpperCase();
}
