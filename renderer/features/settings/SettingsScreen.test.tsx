import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { componentStorePerTest } from '../../test/component-store';
import SettingsScreen from './SettingsScreen';

componentStorePerTest('settings-screen');

describe('Settings', { timeout: 20_000 }, () => {
  it('shows the sections other features contribute (sign-in, then the account) between its own API and Updates sections', async () => {
    const { container } = render(<SettingsScreen />);
    // The contributed sections load when first shown, and the account's once it has read the stored profile.
    await waitFor(() => expect(container.querySelector('#settings-account')).not.toBeNull(), { timeout: 10_000 });
    const order = [...container.querySelectorAll('h2')].map((h) => h.id);
    expect(order).toEqual([
      'settings-appearance',
      'settings-api',
      'settings-sync',
      'settings-account',
      'settings-updates',
      'settings-about',
    ]);
  });
});
