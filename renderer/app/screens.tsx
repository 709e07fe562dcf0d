import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Screen } from '../store/navigation';

/** Each screen's feature, loaded when first opened so the app starts fast. */
export const screens: Record<Screen, LazyExoticComponent<ComponentType>> = {
  licenses: lazy(() => import('../features/licenses/LicensesScreen')),
  entities: lazy(() => import('../features/entities/EntitiesScreen')),
  quotes: lazy(() => import('../features/quotes/QuotesScreen')),
  maintenance: lazy(() => import('../features/maintenance/MaintenanceScreen')),
  backups: lazy(() => import('../features/backups/BackupsScreen')),
  settings: lazy(() => import('../features/settings/SettingsScreen')),
};
