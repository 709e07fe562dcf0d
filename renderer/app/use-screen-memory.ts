import { useEffect } from 'react';
import { useNavigation } from '../store/navigation';
import { routeFromHash, routeToHash } from '../store/route';
import { useSettings } from '../store/settings';

/** Keeps the route in the address hash and the open screen in settings, so a reload or a restart opens where the user left. */
export function useScreenMemory(): void {
  const route = useNavigation((s) => s.route);
  const save = useSettings((s) => s.set);
  useEffect(() => {
    const hash = routeToHash(route);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [route]);
  useEffect(() => {
    void save('lastScreen', route.screen);
  }, [route.screen, save]);
  useEffect(() => {
    // An address typed or edited by hand: go there unless it is where the app already is.
    const onHash = () => {
      const target = routeFromHash(window.location.hash);
      if (routeToHash(target) !== routeToHash(useNavigation.getState().route)) useNavigation.getState().go(target);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}
