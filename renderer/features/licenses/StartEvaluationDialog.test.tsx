import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newAccount } from '../../../tests/sandbox/fixtures';
import { startSandbox, type Sandbox } from '../../../tests/sandbox/server';
import { evaluationEndsAt } from '../../../shared/licensing/evaluations';
import { i18next } from '../../i18n';
import { platformSecrets } from '../../sync/runtime';
import { signIn } from '../../sync/session';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow } from '../../test/rows';
import { StartEvaluationDialog } from './StartEvaluationDialog';

const library = entityRow('library', 'Main Library');
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ dbPath: ':memory:' });
});
afterAll(() => sandbox.close());

const database = componentStorePerTest('start-evaluation', { seed: (store) => store.entities.add(library) });

beforeEach(() => {
  sessionStorage.clear();
  vi.stubGlobal('__CONEX_API_URL__', sandbox.url);
  // The sandbox build trusts the keys the sandbox signs, as `npm run sandbox` does.
  vi.stubGlobal('__CONEX_SANDBOX__', true);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

function startWith(serverId: string) {
  render(<StartEvaluationDialog entities={[library]} onClose={() => undefined} />);
  fireEvent.change(screen.getByRole('textbox', { name: /Server ID|ID du serveur/ }), { target: { value: serverId } });
}

describe('Start evaluation (R-EVAL-1, R-EVAL-2)', () => {
  it('R-EVAL-1 signed in, asks Conex for an evaluation key of the highest tier, ending 10 days later to the minute, and applies it', async () => {
    const token = await newAccount(sandbox.url, 'eval@example.com');
    const signedIn = await signIn(
      { db: database(), secrets: platformSecrets(), apiUrl: sandbox.url, now: () => new Date() },
      'eval@example.com',
      token,
    );
    expect(signedIn.ok).toBe(true);
    startWith('SRV-EVAL');
    expect(await screen.findByText(/Conex issues the evaluation key, and the app applies it/)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Start evaluation' });
    await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(start);
    await waitFor(async () => expect(await database().licenses.count()).toBe(1), { timeout: 5000 });
    const [license] = await database().licenses.toArray();
    expect(license).toMatchObject({ type: 'evaluation', tier: 'Enterprise', entityId: 'library', serverId: 'SRV-EVAL' });
    expect(license?.key).toMatch(/^CX1\./);
    expect(license?.evaluationEndsAt).toBe(evaluationEndsAt(new Date(license?.issued ?? '')).toISOString());
    expect(await database().keyHistory.count()).toBe(1);
  });

  it('R-EVAL-1 offline, says plainly in French that the record only tracks the dates until the key is pasted, and makes no key', async () => {
    await i18next.changeLanguage('fr');
    startWith('SRV-HORS-LIGNE');
    expect(await screen.findByText(/L’enregistrement ne fait que suivre les dates de l’évaluation/)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Lancer l’évaluation' });
    await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(start);
    await waitFor(async () => expect(await database().licenses.count()).toBe(1), { timeout: 5000 });
    const [license] = await database().licenses.toArray();
    expect(license?.key).toBeUndefined();
    expect(license?.evaluationEndsAt).toBeDefined();
  });
});
