import { afterEach, describe, expect, it } from 'vitest';
import { useNavigation } from '../store/navigation';
import { componentStorePerTest } from '../test/component-store';
import { start } from './start';

componentStorePerTest('app-start');

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  delete document.body.dataset.ready;
  document.getElementById('root')?.remove();
  window.history.replaceState(null, '', '#/');
});

describe('the app says it is ready only once it listens', () => {
  it('a shortcut pressed the moment body[data-ready] is set opens its screen', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    stop = await start(undefined);
    // Whatever waits for the mark (a user's first key, a test, the launch check) may act at once: nothing may be lost.
    await expect.poll(() => document.body.dataset.ready, { timeout: 10_000 }).toBe('true');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', ctrlKey: true, bubbles: true }));
    expect(useNavigation.getState().route.screen).toBe('entities');
  });
});
