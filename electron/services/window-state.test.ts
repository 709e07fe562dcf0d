import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState } from './window-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-window-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('window state', () => {
  it('starts with the default size when nothing was saved', async () => {
    expect(await loadWindowState(join(dir, 'window-state.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('remembers the size, position and maximized flag across restarts', async () => {
    const file = join(dir, 'window-state.json');
    await saveWindowState(file, { x: 100.4, y: 50, width: 1400, height: 900.6 }, true);
    expect(await loadWindowState(file)).toEqual({ x: 100, y: 50, width: 1400, height: 901, maximized: true });
  });

  it('falls back to the default when the file is damaged or out of range', async () => {
    const file = join(dir, 'window-state.json');
    await writeFile(file, '{"width": 12', 'utf8');
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(file, JSON.stringify({ width: 5, height: 5, maximized: false }), 'utf8');
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('writes plain JSON the next start can read', async () => {
    const file = join(dir, 'nested', 'window-state.json');
    await saveWindowState(file, { x: 0, y: 0, width: 1000, height: 700 }, false);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ width: 1000, height: 700, maximized: false });
  });
});

describe('fitting the remembered window to the screens', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('keeps a position that is on a screen', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('drops the position of a window left on a monitor that is no longer there', () => {
    const fitted = fitToDisplays({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, [laptop]);
    expect(fitted).toEqual({ width: 1600, height: 1000, maximized: false });
  });

  it('drops the position when only a sliver of the title bar would be visible', () => {
    const fitted = fitToDisplays({ x: 1900, y: 10, width: 1200, height: 800, maximized: false }, [laptop]);
    expect(fitted.x).toBeUndefined();
  });

  it('shrinks a window larger than the primary screen, but not below the minimum size', () => {
    expect(fitToDisplays({ width: 4000, height: 3000, maximized: true }, [laptop])).toEqual({ width: 1920, height: 1040, maximized: true });
    expect(fitToDisplays({ width: 1000, height: 700, maximized: false }, [{ x: 0, y: 0, width: 800, height: 500 }])).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });
});
