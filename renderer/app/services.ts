import { db } from '../db/database';
import { i18next, LANGUAGES, loadLanguages } from '../i18n';
import { loadThenStart, startServiceList, type AppService } from '../lib/services';
import { onUnexpectedError } from '../lib/unexpected-error';
import { platform } from '../platform';
import { listenForOpenedFiles } from '../reminders/opened-file';
import { useNavigation } from '../store/navigation';
import type { Route } from '../store/route';
import { useToast, type Toast } from '../store/toast';
import { followLanguageOnHost } from './host-language';

const go = (route: Route) => useNavigation.getState().go(route);
const toast = (value: Omit<Toast, 'id'>) => useToast.getState().show(value);
const t = i18next.t.bind(i18next);
const now = () => new Date();
const nothingToStop = () => undefined;

/**
 * Everything the app runs in the background, in one list: the one place that says what starts and when. Widgets
 * only read the stores these fill (the reminders badge, the sync indicator).
 */
export function appServices(): AppService[] {
  return [
    // A file that started the app waits in main until the page takes it: it should open with the first screen.
    { id: 'opened-files', phase: 'ready', start: () => listenForOpenedFiles(platform(), go) },
    // The desktop's menu and dialogs read in the app's language from the first screen, and follow each change.
    { id: 'host-language', phase: 'ready', start: () => followLanguageOnHost(platform(), i18next) },
    {
      id: 'other-languages',
      phase: 'afterFirstScreen',
      start: () => {
        // A quote's PDF may be in the other language.
        void loadLanguages(LANGUAGES);
        return nothingToStop;
      },
    },
    {
      id: 'set-aside-unparseable',
      phase: 'afterFirstScreen',
      start: () => {
        // Quotes and licenses an older version stored that this one no longer reads are kept aside, never dropped silently.
        // Its code (every stored row's parser, quotes included) loads here, after the first screen.
        import('../db/repos/set-aside')
          .then(({ setAsideUnparseable }) => setAsideUnparseable(db(), new Date()))
          .catch((error: unknown) => onUnexpectedError(error, { context: 'checking stored records failed' }));
        return nothingToStop;
      },
    },
    // The sync loop itself: this phase already waits for the first screen (startSyncRuntime would wait again).
    // Loaded when it starts: the sync engine, its API client and the quote merge are no part of the first screen.
    { id: 'sync', phase: 'afterFirstScreen', start: loadThenStart('sync', () => import('../sync/runtime').then((m) => () => m.runSync())) },
    {
      id: 'reminders',
      phase: 'afterFirstScreen',
      // Loaded when it starts: the reminders pass and the backup settings it reads are no part of the first screen.
      start: loadThenStart('reminders', () =>
        import('../reminders/service').then(
          (m) => () => m.startReminders({ database: db(), bridge: platform(), now, t, language: () => i18next.language, toast, go }),
        ),
      ),
    },
    {
      id: 'auto-backups',
      phase: 'afterFirstScreen',
      start: loadThenStart('auto-backups', () =>
        import('../reminders/auto-backup').then((m) => () => m.startAutoBackups({ database: db(), bridge: platform(), now, t, toast })),
      ),
    },
  ];
}

/** Starts the app's background services (called once by start.tsx); returns a function that stops them all. */
export function startServices(): () => void {
  return startServiceList(appServices());
}
