import { loadScreen } from './app/screen-modules';
import { loadBundle } from './i18n/bundles/load';
import { languageFromLocale } from './i18n/languages';
import { isScreen } from './store/navigation';

// What the first screen needs starts loading now, alongside the app's own code, rather than after the settings are read:
// the screen the address names, and the texts of the likely language (the system's; the settings may pick the other).
// The rest of the start (settings, language, first render) is in app/start.tsx.
const fromHash = window.location.hash.replace(/^#\//, '');
const named = isScreen(fromHash) ? fromHash : undefined;
if (named) loadScreen(named).catch(() => undefined);
loadBundle(languageFromLocale(navigator.language)).catch(() => undefined);
void import('./app/start').then(({ start }) => start(named));
