import { describe, expect, it } from 'vitest';
import { HOME, routeFromHash, routeToHash, SCREENS, type Route } from './route';

describe('a route in the address hash', () => {
  it('round-trips every screen, and a license whose details are open', () => {
    const places: Route[] = [...SCREENS.map((screen) => ({ screen }) as Route), { screen: 'licenses', licenseId: 'lic-1' }];
    for (const route of places) expect(routeFromHash(routeToHash(route))).toEqual(route);
    expect(routeToHash({ screen: 'quotes' })).toBe('#/quotes');
    expect(routeToHash({ screen: 'licenses', licenseId: 'lic-1' })).toBe('#/licenses/lic-1');
  });

  it('escapes a license id that holds address characters, and reads it back whole', () => {
    const route: Route = { screen: 'licenses', licenseId: 'a/b c#d%' };
    expect(routeToHash(route)).toBe('#/licenses/a%2Fb%20c%23d%25');
    expect(routeFromHash(routeToHash(route))).toEqual(route);
  });

  it('leaves intents and a prefilled key out: a reload shows the place without acting again', () => {
    expect(routeToHash({ screen: 'quotes', intent: { kind: 'renew', licenseId: 'lic-1' } })).toBe('#/quotes');
    expect(routeToHash({ screen: 'backups', intent: { kind: 'back-up' } })).toBe('#/backups');
    expect(routeToHash({ screen: 'licenses', licenseId: 'lic-1', prefilledKey: 'CX1.secret' })).toBe('#/licenses/lic-1');
  });

  it('reads an address without the leading slash or hash the same way', () => {
    expect(routeFromHash('#/maintenance')).toEqual({ screen: 'maintenance' });
    expect(routeFromHash('#maintenance')).toEqual({ screen: 'maintenance' });
    expect(routeFromHash('/settings')).toEqual({ screen: 'settings' });
    expect(routeFromHash('#/licenses/')).toEqual({ screen: 'licenses' });
  });

  it('leads anything it does not know to the licenses', () => {
    for (const hash of [
      '',
      '#/',
      '#/nowhere',
      '#/Quotes',
      '#/quotes/q-1',
      '#/licenses/a/b',
      '#/licenses/%E0%A4%A',
      '#/__proto__',
      '#/constructor',
    ])
      expect(routeFromHash(hash), hash).toEqual(HOME);
  });
});
