import { useEffect } from 'react';
import { isScreen, useNavigation } from '../store/navigation';
import { useSettings } from '../store/settings';

/** Keeps the open screen in the address hash and in settings, so a reload or a restart opens where the user left. */
export function useScreenMemory(): void {
  const screen = useNavigation((s) => s.screen);
  const save = useSettings((s) => s.set);
  useEffect(() => {
    if (window.location.hash !== `#/${screen}`) window.history.replaceState(null, '', `#/${screen}`);
    void save('lastScreen', screen);
  }, [screen, save]);
  useEffect(() => {
    const onHash = () => {
      const target = window.location.hash.replace(/^#\//, '');
      if (isScreen(target) && target !== useNavigation.getState().screen) useNavigation.getState().go(target);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}
