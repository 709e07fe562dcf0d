import { useEffect } from 'react';
import { platform } from '../platform';
import { isScreen, SCREENS, useNavigation } from '../store/navigation';

/** Ctrl/Cmd+1..7 open the screens, Ctrl/Cmd+, opens Settings, Ctrl/Cmd+B backs up now; the desktop menu sends the same commands. */
export function useAppShortcuts(): void {
  const go = useNavigation((s) => s.go);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const n = Number(e.key);
      const screen = Number.isInteger(n) ? SCREENS[n - 1] : undefined;
      if (screen) {
        e.preventDefault();
        go({ screen });
      } else if (e.key === ',') {
        e.preventDefault();
        go({ screen: 'settings' });
      } else if (e.key.toLowerCase() === 'b') {
        e.preventDefault();
        go({ screen: 'backups', intent: { kind: 'back-up' } });
      }
    };
    window.addEventListener('keydown', onKey);
    const offMenu = platform().on('menu:command', ({ command, target }) => {
      if (command === 'navigate' && isScreen(target)) go({ screen: target });
      if (command === 'open-settings') go({ screen: 'settings' });
      if (command === 'about' || command === 'check-updates') go({ screen: 'settings', intent: { kind: command } });
      if (command === 'new-quote') go({ screen: 'quotes', intent: { kind: 'new' } });
      if (command === 'back-up-now') go({ screen: 'backups', intent: { kind: 'back-up' } });
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, [go]);
}
