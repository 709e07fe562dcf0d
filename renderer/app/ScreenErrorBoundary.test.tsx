import { fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../i18n';
import { isChunkLoadError, ScreenErrorBoundary } from './ScreenErrorBoundary';

beforeAll(async () => {
  await initI18n('en');
});

/** A screen whose code fails to arrive the first `failures` times, as App draws it: a fresh lazy component per attempt. */
function Host({ failures, error }: { failures: number; error: Error }) {
  const [attempt, setAttempt] = useState(0);
  const [Screen] = useState(() => new Map<number, ComponentType>());
  if (!Screen.has(attempt)) {
    Screen.set(
      attempt,
      lazy(() => (attempt < failures ? Promise.reject(error) : Promise.resolve({ default: () => <h1>Licenses</h1> }))),
    );
  }
  const Current = Screen.get(attempt) as ComponentType;
  return (
    <ScreenErrorBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={null}>
        <Current />
      </Suspense>
    </ScreenErrorBoundary>
  );
}

const offline = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/QuotesScreen-x.js');

describe('a screen that cannot be drawn', () => {
  it('says its code did not arrive, with Try again that draws it once the code comes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Host failures={1} error={offline} />);
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1, name: 'This screen could not be loaded' })).toBeTruthy();
    expect(alert.textContent).toContain('Your data is safe on this computer.');
    expect(screen.getByRole('button', { name: 'Reload the app' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Licenses' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so in French when the user reads French', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await i18next.changeLanguage('fr');
    try {
      render(<Host failures={1} error={offline} />);
      expect(await screen.findByRole('heading', { level: 1, name: 'Cet écran n’a pas pu être chargé' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Recharger l’application' })).toBeTruthy();
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('tells a failed download from a bug in the screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Host failures={1} error={new Error('x is undefined')} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This screen stopped because of an error' })).toBeTruthy();
    expect(isChunkLoadError(offline)).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('x is undefined'))).toBe(false);
  });
});
