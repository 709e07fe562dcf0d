import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next } from '../../i18n';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import { formatInstant } from './format';
import LicensesScreen from './LicensesScreen';

/** A moment on the user's clock. */
const at = (d: number, h: number, min = 0) => new Date(2026, 11, d, h, min);

const database = componentStorePerTest('evaluation-time', {
  seed: (store) => store.entities.add(entityRow('library', 'Main Library')),
  release: () => useNavigation.getState().go({ screen: 'licenses' }),
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(13, 12));
});

afterEach(async () => {
  vi.useRealTimers();
  await i18next.changeLanguage('en');
});

const evaluation = (patch: Record<string, string>) =>
  licenseRow('eval-1', 'SEN-00000009', {
    type: 'evaluation',
    tier: 'Enterprise',
    maintenanceStart: '2026-12-03',
    maintenanceEnd: '2026-12-13',
    evaluationEnd: '2026-12-13',
    ...patch,
  });

async function openDetails(patch: Record<string, string>) {
  await database().licenses.add(evaluation(patch));
  useNavigation.getState().go({ screen: 'licenses', licenseId: 'eval-1' });
  render(<LicensesScreen />);
  return screen.findByRole('status');
}

describe('an evaluation lasts 10 days to the minute (R-EVAL-1)', () => {
  it('started on the 3rd at 16:30, on the 13th at noon it shows the hours left and its end with the time', async () => {
    const endsAt = at(13, 16, 30).toISOString();
    const status = await openDetails({ evaluationEndsAt: endsAt });
    expect(status.textContent).toContain('Evaluation: last day, 4 h 30 min left.');
    expect(status.textContent).toContain(`This evaluation runs until ${formatInstant(endsAt, 'en')}`);
  });

  it('a key that carries only the end date says it stops at 00:00 on that date, in French too', async () => {
    await i18next.changeLanguage('fr');
    vi.setSystemTime(at(12, 9));
    const status = await openDetails({});
    expect(status.textContent).toContain('Évaluation : 1 jour restant');
    expect(status.textContent).toContain('à 00 h 00 (la clé ne donne que la date : l’évaluation s’arrête au début de ce jour)');
  });
});
