import { describe, expect, it } from 'vitest';
import { loadedScreen, loadScreen } from './screen-modules';

describe('screen code', () => {
  it('a screen loaded early is drawn without waiting; the same load serves every caller', async () => {
    expect(loadedScreen('entities')).toBeUndefined();
    const first = loadScreen('entities');
    expect(loadScreen('entities')).toBe(first);
    const module = await first;
    expect(loadedScreen('entities')).toBe(module.default);
    expect(loadedScreen('backups')).toBeUndefined();
  });
});
