import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../i18n';
import { onUnexpectedError } from '../lib/unexpected-error';
import type { PlatformBridge } from '../platform/bridge';

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/**
 * Tells the host the app's language now and at every change (Settings, a restored backup), so the desktop's menu and
 * dialogs read as the window does. A redraw for the Arabic digits also says 'languageChanged': the same language is
 * not sent twice in a row. Returns a stop function.
 */
export function followLanguageOnHost(bridge: Pick<PlatformBridge, 'setLanguage'>, i18n: I18n): () => void {
  let sent: string | undefined;
  const tell = (language: string) => {
    if (language === sent || !isLanguage(language)) return;
    sent = language;
    bridge.setLanguage(language).catch((error: unknown) => onUnexpectedError(error, { context: 'telling the host the language failed' }));
  };
  tell(i18n.language);
  i18n.on('languageChanged', tell);
  return () => i18n.off('languageChanged', tell);
}
