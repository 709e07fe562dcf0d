import { create } from 'zustand';
import { routeOf, type Route, type RouteOf, type Screen } from './route';

export { isScreen, SCREENS, type Route, type Screen } from './route';

interface NavigationState {
  route: Route;
  /**
   * Counts navigations. A screen acts on its route's intent once per navigation: the same route asked twice (a
   * file opened again, Ctrl+B pressed again) is a new navigation and acts again; a re-render is not.
   */
  seq: number;
  go: (route: Route) => void;
}

/** Where the app is. The hash mirrors it (app/use-screen-memory.ts) so a reload keeps the place. */
export const useNavigation = create<NavigationState>((set) => ({
  route: { screen: 'licenses' },
  seq: 0,
  go: (route) => set((s) => ({ route, seq: s.seq + 1 })),
}));

/** The open route if it is `screen`'s, typed as that screen's route; undefined while another screen is open. */
export function useRouteOf<S extends Screen>(screen: S): RouteOf<S> | undefined {
  return useNavigation((s) => routeOf(s.route, screen));
}

/** The open screen. */
export function useScreen(): Screen {
  return useNavigation((s) => s.route.screen);
}
