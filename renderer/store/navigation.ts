import { create } from 'zustand';

export const SCREENS = ['licenses', 'entities', 'quotes', 'maintenance', 'backups', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export function isScreen(value: unknown): value is Screen {
  return typeof value === 'string' && (SCREENS as readonly string[]).includes(value);
}

interface NavigationState {
  screen: Screen;
  /** Extra state a screen was opened with (a license id, a prefilled quote). */
  params: Record<string, string>;
  go: (screen: Screen, params?: Record<string, string>) => void;
}

/** Which screen is open. The hash mirrors it so a reload keeps the place. */
export const useNavigation = create<NavigationState>((set) => ({
  screen: 'licenses',
  params: {},
  go: (screen, params = {}) => set({ screen, params }),
}));
