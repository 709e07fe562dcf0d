import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AfterFirstScreen from './after-first-screen';

let m: typeof AfterFirstScreen;

beforeEach(async () => {
  // The first screen is drawn once per window: each test starts from a fresh module.
  vi.resetModules();
  m = await import('./after-first-screen');
});
afterEach(() => {
  vi.useRealTimers();
});

const idle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('background work after the first screen', () => {
  it('waits for the first screen the start announced, then starts', async () => {
    const start = vi.fn(() => () => undefined);
    m.expectFirstScreen();
    m.afterFirstScreen(start);
    await idle();
    expect(start).not.toHaveBeenCalled();
    m.firstScreenShown();
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
  });

  it('with no first screen on its way (a component on its own), starts at the next idle moment', async () => {
    const start = vi.fn(() => () => undefined);
    m.afterFirstScreen(start);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
  });

  it('starts anyway when the first screen never comes (its code failed to load)', async () => {
    vi.useFakeTimers();
    const start = vi.fn(() => () => undefined);
    m.expectFirstScreen();
    m.afterFirstScreen(start);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_100);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('once it has waited that long, later work no longer waits for that first screen', async () => {
    vi.useFakeTimers();
    m.expectFirstScreen();
    m.afterFirstScreen(() => () => undefined);
    await vi.advanceTimersByTimeAsync(5_100);
    const later = vi.fn(() => () => undefined);
    m.afterFirstScreen(later);
    await vi.advanceTimersByTimeAsync(100);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('stopped before it started, it never starts; stopped after, it stops what it started', async () => {
    const early = vi.fn(() => () => undefined);
    m.expectFirstScreen();
    m.afterFirstScreen(early)();
    m.firstScreenShown();
    await idle();
    expect(early).not.toHaveBeenCalled();

    const stopped = vi.fn();
    const stop = m.afterFirstScreen(() => stopped);
    await idle();
    expect(stopped).not.toHaveBeenCalled();
    stop();
    expect(stopped).toHaveBeenCalledTimes(1);
  });
});
