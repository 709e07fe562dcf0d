import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { db } from '../db/database';
import { recordTimeSeen } from '../db/repos/clock';
import { initI18n, languageFromLocale, startI18n } from '../i18n';
import { setDigits } from '../i18n/locale';
import { expectFirstScreen } from '../lib/after-first-screen';
import { catchUncaughtErrors } from '../lib/unexpected-error';
import { platform } from '../platform';
import { isScreen, useNavigation, type Route } from '../store/navigation';
import { useSettings } from '../store/settings';
import { App } from './App';
import { AppErrorBoundary } from './AppErrorBoundary';
import './contributions';
import { loadScreen } from './screen-modules';
import { startServices } from './services';

// zod probes for eval() once to speed up parsing; the CSP forbids eval, so say up front not to try.
z.config({ jitless: true });

/**
 * Loads settings, picks the language (the system's on first start) and the
 * route (`named` by the address, else the last screen), then renders and starts
 * the background services. The remembered screen's code starts loading as soon
 * as the settings name it. Returns what stops it all (the rendered app and the services).
 */
export async function start(named: Route | undefined): Promise<() => void> {
  // From here on a failure nothing catches reaches the log file.
  catchUncaughtErrors(window);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const settings = await useSettings.getState().load();
    // R-EVAL-4: the latest time ever seen moves forward at every start, whichever screen opens first.
    void recordTimeSeen(db(), new Date());
    const first: Route = named ?? { screen: isScreen(settings.lastScreen) ? settings.lastScreen : 'licenses' };
    // A failure shows when the screen is drawn, as on any later load.
    loadScreen(first.screen).catch(() => undefined);
    const language = settings.language ?? languageFromLocale(await platform().systemLocale());
    setDigits(settings.digits);
    await startI18n(language);
    useNavigation.getState().go(first);
  } catch (error) {
    // Without the store the app cannot work; say so plainly rather than show an empty window.
    const i18n = await initI18n(languageFromLocale(navigator.language));
    root.render(
      <p role="alert" style={{ font: '16px system-ui', padding: 24 }}>
        {i18n.t('common:errors.storageUnavailable', { detail: String(error) })}
      </p>,
    );
    return () => root.unmount();
  }
  expectFirstScreen();
  // `body[data-ready]` is set by the App once it is drawn and listening (see App.tsx), not here:
  // render() only schedules the drawing, and keys pressed before it would be lost.
  root.render(
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>,
  );
  // Sync, reminders, backups and opened files run for the life of the window, each in its phase.
  const stopServices = startServices();
  return () => {
    stopServices();
    root.unmount();
  };
}
