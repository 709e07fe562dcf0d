import type { ComponentType } from 'react';
import type { Screen } from '../store/navigation';

type ScreenModule = { default: ComponentType };

const importers: Record<Screen, () => Promise<ScreenModule>> = {
  licenses: () => import('../features/licenses/LicensesScreen'),
  entities: () => import('../features/entities/EntitiesScreen'),
  quotes: () => import('../features/quotes/QuotesScreen'),
  maintenance: () => import('../features/maintenance/MaintenanceScreen'),
  backups: () => import('../features/backups/BackupsScreen'),
  settings: () => import('../features/settings/SettingsScreen'),
  budget: () => import('../features/budget/BudgetScreen'),
};

const loading = new Map<Screen, Promise<ScreenModule>>();
const loaded = new Map<Screen, ComponentType>();

/** Loads a screen's code once (a failed load is tried again next time); the start calls it early so the code comes with the app's own. */
export function loadScreen(screen: Screen): Promise<ScreenModule> {
  let pending = loading.get(screen);
  if (!pending) {
    pending = importers[screen]().then(
      (module) => {
        loaded.set(screen, module.default);
        return module;
      },
      (error: unknown) => {
        loading.delete(screen);
        throw error;
      },
    );
    loading.set(screen, pending);
  }
  return pending;
}

/** The screen's component when its code is already here, so it is drawn without a loading indicator. */
export function loadedScreen(screen: Screen): ComponentType | undefined {
  return loaded.get(screen);
}
