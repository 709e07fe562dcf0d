import { lazy, type ComponentType } from 'react';
import type { Screen } from '../store/navigation';
import { loadedScreen, loadScreen } from './screen-modules';

const chosen = new Map<Screen, ComponentType>();

/**
 * What draws a screen: its own component when its code is already here (the
 * start loads the first screen's early), drawn at once without the loading
 * indicator; else a lazy one that loads the code when first opened. A screen
 * keeps the one chosen first, so a re-render never draws it afresh.
 */
export function screenComponent(screen: Screen): ComponentType {
  let component = chosen.get(screen);
  if (!component) {
    component = loadedScreen(screen) ?? lazy(() => loadScreen(screen));
    chosen.set(screen, component);
  }
  return component;
}

/** Forgets the component chosen for a screen, so the next draw loads its code afresh (after a failed load). */
export function forgetScreen(screen: Screen): void {
  chosen.delete(screen);
}
