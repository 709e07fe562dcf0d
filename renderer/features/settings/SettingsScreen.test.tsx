import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { componentStorePerTest } from '../../test/component-store';
import SettingsScreen from './SettingsScreen';

componentStorePerTest('settings-screen');

describe('Settings', { timeout: 20_000 }, () => {
  it('shows the sections other features contribute (sign-in, then the account) between its own API and Updates sections', async () => {
    const { container } = render(<SettingsScreen />);
    // The contributed sections load when first shown, each on its own (the account's once it has read the stored
    // profile): the order is asserted once every one is there, not when the account's alone has come.
    await waitFor(
      () =>
        expect([...container.querySelectorAll('h2')].map((h) => h.id)).toEqual([
          'settings-appearance',
          'settings-api',
          'settings-sync',
          'settings-account',
          'settings-updates',
          'settings-about',
        ]),
      { timeout: 10_000 },
    );
  });
});
