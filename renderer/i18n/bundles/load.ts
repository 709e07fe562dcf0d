import type { Language } from '../languages';
import type { Tree } from './collect';

/** Each language's namespaces in a chunk of its own, so a start loads only the language it shows. */
const importers: Record<Language, () => Promise<{ default: Record<string, Tree> }>> = {
  en: () => import('./en'),
  fr: () => import('./fr'),
  ar: () => import('./ar'),
};

const loading = new Map<Language, Promise<Record<string, Tree>>>();

/** One language's namespaces, loaded once (a failed load is tried again next time). */
export function loadBundle(language: Language): Promise<Record<string, Tree>> {
  let pending = loading.get(language);
  if (!pending) {
    pending = importers[language]().then(
      (module) => module.default,
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
