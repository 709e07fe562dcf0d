import { useEffect, useRef } from 'react';
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

/**
 * Runs `act` with `screen`'s route once per navigation (see `seq`): a re-render does not act again, the same route
 * asked for again does. How a screen acts on its route's intent. `act` returns false while it cannot act yet (its
 * data still loading): it is then called again after the next render.
 */
export function useOncePerNavigation<S extends Screen>(screen: S, act: (route: RouteOf<S> | undefined) => boolean | void): void {
  const route = useRouteOf(screen);
  const seq = useNavigation((s) => s.seq);
  const handled = useRef<number | null>(null);
  // After every render, so `act` sees that render's values; the check keeps it to once per navigation.
  useEffect(() => {
    if (handled.current === seq || act(route) === false) return;
    handled.current = seq;
  });
}
