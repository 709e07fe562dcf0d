import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useNavigation } from '../store/navigation';
import { useSettings } from '../store/settings';
import { componentStorePerTest } from '../test/component-store';
import { useScreenMemory } from './use-screen-memory';

componentStorePerTest('screen-memory');

function Remembers() {
  useScreenMemory();
  return null;
}

afterEach(() => window.history.replaceState(null, '', '#/'));

describe('the address mirrors the route', () => {
  it('a license opened shows in the hash, without the intent or key it came with', () => {
    render(<Remembers />);
    act(() => useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1', prefilledKey: 'CX1.k' }));
    expect(window.location.hash).toBe('#/licenses/lic-1');
    act(() => useNavigation.getState().go({ screen: 'quotes', intent: { kind: 'new' } }));
    expect(window.location.hash).toBe('#/quotes');
  });

  it('the screen is remembered in settings for the next start', async () => {
    render(<Remembers />);
    act(() => useNavigation.getState().go({ screen: 'maintenance' }));
    await act(async () => undefined);
    expect(useSettings.getState().settings.lastScreen).toBe('maintenance');
  });

  it('an address edited by hand navigates there; an unknown one leads to the licenses', () => {
    render(<Remembers />);
    act(() => {
      window.history.replaceState(null, '', '#/licenses/lic-9');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(useNavigation.getState().route).toEqual({ screen: 'licenses', licenseId: 'lic-9' });
    act(() => useNavigation.getState().go({ screen: 'entities' }));
    act(() => {
      window.history.replaceState(null, '', '#/nowhere');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(useNavigation.getState().route).toEqual({ screen: 'licenses' });
  });
});
