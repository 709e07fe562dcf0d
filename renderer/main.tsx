import { loadScreen } from './app/screen-modules';
import { loadBundle } from './i18n/bundles/load';
import { languageFromLocale } from './i18n/languages';
import { routeFromHash } from './store/route';

// What the first screen needs starts loading now, alongside the app's own code, rather than after the settings are read:
// the screen the address names, and the texts of the likely language (the system's; the settings may pick the other).
// The rest of the start (settings, language, first render) is in app/start.tsx.
// An address naming no place (no hash, `#/`) opens the last screen; any other is a route, an unknown one the licenses.
const named = window.location.hash.replace(/^#\/?/, '') ? routeFromHash(window.location.hash) : undefined;
if (named) loadScreen(named.screen).catch(() => undefined);
loadBundle(languageFromLocale(navigator.language)).catch(() => undefined);
void import('./app/start').then(({ start }) => start(named));
