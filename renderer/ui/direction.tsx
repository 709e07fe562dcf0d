import createCache, { type EmotionCache } from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';
import type { Direction } from '../i18n/languages';

/**
 * One Emotion cache per direction, made once: the RTL one runs every style through stylis-plugin-rtl, which turns
 * left into right (margins, paddings, borders, positions), as MUI's right-to-left guide has it. Separate keys keep the
 * two caches' class names apart when the language switches live.
 */
const caches: Record<Direction, EmotionCache> = {
  ltr: createCache({ key: 'css', stylisPlugins: [prefixer] }),
  rtl: createCache({ key: 'css-rtl', stylisPlugins: [prefixer, rtlPlugin] }),
};

/** The Emotion cache that lays styles out for `direction`. */
export function cacheFor(direction: Direction): EmotionCache {
  return caches[direction];
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] });
  return () => observer.disconnect();
}

const read = (): Direction => (document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');

/**
 * The page's direction, as `<html dir>` says it (the i18n module sets it with the language): the layout follows
 * the document, so a language switch turns the whole window at once.
 */
export function useDocumentDirection(): Direction {
  return useSyncExternalStore(subscribe, read, () => 'ltr');
}

/** Gives everything inside the Emotion cache of `direction`; the theme carries the same direction. */
export function DirectionProvider({ direction, children }: { direction: Direction; children: ReactNode }) {
  return <CacheProvider value={cacheFor(direction)}>{children}</CacheProvider>;
}
