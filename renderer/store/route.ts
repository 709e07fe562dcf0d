import { SCREENS, type Screen } from '../../shared/screens';

export { SCREENS, type Screen };

/** Whether a value from outside (the address, a menu command) names a screen. */
export function isScreen(value: unknown): value is Screen {
  return typeof value === 'string' && (SCREENS as readonly string[]).includes(value);
}

/** What opening Quotes asks for: a new quote, or one prefilled to renew a license, an entity's licenses, or to upgrade. */
export type QuoteIntent =
  | { kind: 'new' }
  | { kind: 'renew'; licenseId: string }
  | { kind: 'renewEntity'; entityId: string }
  | { kind: 'upgrade'; licenseId: string };

/**
 * Where the app is: a screen and what it shows or was asked to do. A place (a license's details) is kept in the
 * address; an intent (start a quote, back up now, take an opened file) is acted on once, when navigated to.
 */
export type Route =
  | {
      screen: 'licenses';
      /** License Details of this license; the list when absent. */
      licenseId?: string;
      /** A key to offer on License Details (a new key sync brought), never applied without the user. */
      prefilledKey?: string;
      /** A file opened from the system waits for this screen: a keys file to import, or a key request to answer. */
      intent?: { kind: 'import-opened' } | { kind: 'request-opened' };
    }
  | { screen: 'entities' }
  | { screen: 'quotes'; intent?: QuoteIntent }
  | { screen: 'maintenance' }
  | { screen: 'backups'; intent?: { kind: 'back-up' } | { kind: 'restore-opened' } }
  | { screen: 'settings'; intent?: { kind: 'about' } | { kind: 'check-updates' } }
  | { screen: 'budget' };

/** The route of one screen. */
export type RouteOf<S extends Screen> = Extract<Route, { screen: S }>;

/** The route as the route of `screen`, or undefined when another screen is open. */
export function routeOf<S extends Screen>(route: Route, screen: S): RouteOf<S> | undefined {
  return route.screen === screen ? (route as RouteOf<S>) : undefined;
}

/** Where an unknown address leads. */
export const HOME: Route = { screen: 'licenses' };

/** The address hash of a route: the screen, and the license whose details are open. Intents are not places: they stay out. */
export function routeToHash(route: Route): string {
  if (route.screen === 'licenses' && route.licenseId) return `#/licenses/${encodeURIComponent(route.licenseId)}`;
  return `#/${route.screen}`;
}

/**
 * The route an address hash names, for any text (a reload, a link, a hand-edited address): `#/<screen>` or
 * `#/licenses/<license id>`; anything else leads to the licenses.
 */
export function routeFromHash(hash: string): Route {
  const [screen, id, ...rest] = hash.replace(/^#?\/?/, '').split('/');
  if (!isScreen(screen) || rest.length > 0) return HOME;
  if (id === undefined || id === '') return { screen } as Route;
  if (screen !== 'licenses') return HOME;
  try {
    const licenseId = decodeURIComponent(id);
    return licenseId ? { screen, licenseId } : HOME;
  } catch {
    // A malformed escape (%E0%A4%A) is an address nobody made here.
    return HOME;
  }
}
