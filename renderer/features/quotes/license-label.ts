import type { TFunction } from 'i18next';
import type { Entity } from '../../../shared/entity';
import type { License } from '../../../shared/license';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { formatDate, productName } from './format';

/** "SEN-00000001 · Conex Books® Express · Main Library · maintenance ends 10 Jan 2026": enough to tell licenses apart. */
export function licenseLabel(t: TFunction, license: License, book: PriceBook, entities: readonly Entity[], language: string): string {
  const entity = entities.find((e) => e.id === license.entityId)?.name ?? license.licensee;
  return t('licenseLabel', {
    sen: license.sen,
    product: productName(book, license.product),
    tier: license.tier,
    entity,
    end: formatDate(license.maintenanceEnd, language),
  });
}

/** The entity a license is for, with its name now, for the cart and the PDF. */
export function licenseEntity(license: License, entities: readonly Entity[]): { id: string; name: string } {
  return { id: license.entityId, name: entities.find((e) => e.id === license.entityId)?.name ?? license.licensee };
}

/** The license type a renewal or upgrade line is sold as. */
export function soldLicenseType(license: Pick<License, 'type'>): 'commercial' | 'academic' {
  return license.type === 'academic' ? 'academic' : 'commercial';
}
