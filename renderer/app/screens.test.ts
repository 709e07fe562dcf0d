import { describe, expect, it } from 'vitest';
import { loadScreen } from './screen-modules';
import { screenComponent } from './screens';

describe('the component drawing a screen', () => {
  it('is the screen itself when its code came early, and stays the same one for the life of the window', async () => {
    const { default: Settings } = await loadScreen('settings');
    expect(screenComponent('settings')).toBe(Settings);
    expect(screenComponent('settings')).toBe(screenComponent('settings'));
  });

  it('is a lazy one when the code is not here yet, and stays that one once the code has come (no fresh draw)', async () => {
    const first = screenComponent('backups');
    expect(first).not.toBe((await loadScreen('backups')).default);
    expect(screenComponent('backups')).toBe(first);
  });
});
