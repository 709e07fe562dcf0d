import { tierRank, tierSchema, type IsoDate, type Tier } from '../catalog';
import { daysBetween, toCalendarDate } from '../calendar';
import { domainError, err, ok, type Result } from '../errors';
import type { License } from '../license';

/** Within this many days of the original purchase an upgrade goes through sales (R-UPG-1). */
export const UPGRADE_SALES_WINDOW_DAYS = 30;

/** Checks tiers from outside and that an upgrade goes strictly upward (R-UPG-1). */
export function checkUpgradePath(from: unknown, to: unknown): Result<{ from: Tier; to: Tier }> {
  const f = tierSchema.safeParse(from);
  if (!f.success) return err(domainError('tier.unknown', 'domain:tier.unknown', { tier: String(from) }));
  const t = tierSchema.safeParse(to);
  if (!t.success) return err(domainError('tier.unknown', 'domain:tier.unknown', { tier: String(to) }));
  if (tierRank(t.data) === tierRank(f.data)) return err(domainError('upgrade.sameTier', 'domain:upgrade.sameTier', { tier: t.data }));
  if (tierRank(t.data) < tierRank(f.data))
    return err(domainError('upgrade.downward', 'domain:upgrade.downward', { from: f.data, to: t.data }));
  return ok({ from: f.data, to: t.data });
}

/** Whether the 30-day window since the original purchase is still open on `today` (R-UPG-1). */
export function withinPurchaseWindow(purchaseDate: IsoDate, today: IsoDate): boolean {
  const days = daysBetween(purchaseDate, today);
  return days >= 0 && days <= UPGRADE_SALES_WINDOW_DAYS;
}

/**
 * The original purchase date as far as the app knows it (R-UPG-1): the date Conex
 * sent with the license; else the payment date of the order that issued it as a
 * new license; else, for a key whose maintenance starts on the day it was issued,
 * that day: a new license's maintenance starts at payment confirmation and its
 * key is issued then (R-MAINT-2, R-PAY-2), while a renewal starts at the previous
 * expiry (R-MAINT-4), which is not the day it was bought unless bought that very day.
 */
export function knownPurchaseDate(
  license: Pick<License, 'purchaseDate' | 'maintenanceStart' | 'issued'>,
  orderPaidOn?: IsoDate,
): IsoDate | undefined {
  if (license.purchaseDate) return license.purchaseDate;
  if (orderPaidOn) return orderPaidOn;
  return license.issued.slice(0, 10) === license.maintenanceStart || toCalendarDate(license.issued) === license.maintenanceStart
    ? license.maintenanceStart
    : undefined;
}

export interface UpgradePlan {
  readonly licenseId: string;
  readonly from: Tier;
  readonly to: Tier;
  /** 'sales' within 30 days of purchase, 'standard' pricing after (R-UPG-1). */
  readonly route: 'sales' | 'standard';
}

/**
 * Checks an upgrade request for the licenses a customer selected. Exactly one
 * license upgrades: licenses never combine into a tier (Starter + Express is not
 * Professional) and custom tiers are not sold (R-LIC-2).
 */
export function planUpgrade(
  licenses: readonly Pick<License, 'id' | 'tier' | 'type' | 'purchaseDate'>[],
  to: unknown,
  today: IsoDate,
): Result<UpgradePlan> {
  if (licenses.length > 1) return err(domainError('upgrade.combine', 'domain:upgrade.combine', { count: licenses.length }));
  const license = licenses[0];
  if (!license) return err(domainError('upgrade.noLicense', 'domain:upgrade.noLicense'));
  if (license.type === 'evaluation') return err(domainError('upgrade.evaluation', 'domain:upgrade.evaluation'));
  const path = checkUpgradePath(license.tier, to);
  if (!path.ok) return path;
  const route = license.purchaseDate !== undefined && withinPurchaseWindow(license.purchaseDate, today) ? 'sales' : 'standard';
  return ok({ licenseId: license.id, ...path.value, route });
}
