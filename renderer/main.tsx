import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { db } from './db/database';
import { recordTimeSeen } from './db/repos/clock';
import { initI18n, languageFromLocale } from './i18n';
import { platform } from './platform';
import { isScreen, useNavigation } from './store/navigation';
import { useSettings } from './store/settings';

// zod probes for eval() once to speed up parsing; the CSP forbids eval, so say up front not to try.
z.config({ jitless: true });

/** Loads settings, picks the language (the system's on first start) and the screen (the hash, else the last one), then renders. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const settings = await useSettings.getState().load();
    // R-EVAL-4: the latest time ever seen moves forward at every start, whichever screen opens first.
    void recordTimeSeen(db(), new Date());
    const language = settings.language ?? languageFromLocale(await platform().systemLocale());
    await initI18n(language);
    const fromHash = window.location.hash.replace(/^#\//, '');
    const first = isScreen(fromHash) ? fromHash : isScreen(settings.lastScreen) ? settings.lastScreen : 'licenses';
    useNavigation.getState().go(first);
  } catch (error) {
    // Without the store the app cannot work; say so plainly rather than show an empty window.
    const i18n = await initI18n(languageFromLocale(navigator.language));
    root.render(
      <p role="alert" style={{ font: '16px system-ui', padding: 24 }}>
        {i18n.t('common:errors.storageUnavailable', { detail: String(error) })}
      </p>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  document.body.dataset.ready = 'true';
}

void start();
