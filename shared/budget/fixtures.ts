import type { License } from '../license';
import { bundledPriceBook } from '../pricing/bundled';
import type { BudgetEntity, ForecastOptions } from './forecast';

/** Fixtures of the budget tests and bench: the bundled book (20 % promotion to 2026-12-31), licenses and options. */
export const book = (() => {
  const b = bundledPriceBook();
  if (!b.ok) throw new Error('bundled book invalid');
  return b.value;
})();

let serial = 0;

/** A commercial server Professional license of `entityId` ending on `maintenanceEnd`. */
export function license(entityId: string, maintenanceEnd: string, extra: Partial<License> = {}): License {
  serial++;
  return {
    id: `lic-${serial}`,
    sen: `SEN-${String(serial).padStart(8, '0')}`,
    product: 'conex-books',
    deployment: 'server',
    tier: 'Professional',
    type: 'commercial',
    entityId,
    serverId: `srv-${serial}`,
    licensee: 'Université',
    issued: '2024-01-01T00:00:00Z',
    maintenanceStart: '2024-01-01',
    maintenanceEnd,
    majorVersion: 9,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...extra,
  };
}

export const entity = (id: string, country = 'FR', fiscalStartMonth?: number): BudgetEntity => ({
  id,
  name: `Entity ${id}`,
  country,
  ...(fiscalStartMonth === undefined ? {} : { fiscalStartMonth }),
});

export const options = (extra: Partial<ForecastOptions> = {}): ForecastOptions => ({
  today: '2027-02-10',
  years: 3,
  currency: 'EUR',
  startMonth: 1,
  includeEvaluations: true,
  includeInProgress: true,
  inProgress: new Set(),
  align: new Set(),
  ...extra,
});
