import { describe, expect, it, vi } from 'vitest';

describe('screen code', () => {
  it('a screen loaded early is drawn without waiting; the same load serves every caller', async () => {
    // A module of its own: another file in this worker may already have loaded screens (the project shares modules).
    vi.resetModules();
    const { loadedScreen, loadScreen } = await import('./screen-modules');
    expect(loadedScreen('entities')).toBeUndefined();
    const first = loadScreen('entities');
    expect(loadScreen('entities')).toBe(first);
    const module = await first;
    expect(loadedScreen('entities')).toBe(module.default);
    expect(loadedScreen('backups')).toBeUndefined();
  });
});
