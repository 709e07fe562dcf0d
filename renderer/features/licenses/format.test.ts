import { describe, expect, it } from 'vitest';
import { domainError } from '../../../shared/errors';
import { i18next, initI18n } from '../../i18n';
import { behindText, errorText, formatDay } from './format';

describe('dates and messages as the user reads them', () => {
  it('writes a calendar date in the language, whatever the time zone', async () => {
    expect(formatDay('2027-03-02', 'en')).toBe('Mar 2, 2027');
    expect(formatDay('2027-03-02', 'fr')).toBe('2 mars 2027');
  });

  it('says how far the clock is behind in the largest whole unit, rounded (R-EVAL-4)', async () => {
    await initI18n('en');
    const t = i18next.t.bind(i18next);
    expect(behindText(t, 6 * 60_000)).toBe('6 minutes');
    expect(behindText(t, 5 * 3_600_000)).toBe('5 hours');
    expect(behindText(t, 2 * 86_400_000 - 4_000)).toBe('2 days');
  });

  it('writes the dates a key error names in the user’s language', async () => {
    await initI18n('fr');
    const t = i18next.t.bind(i18next);
    const error = domainError('evaluationExpired', 'keys:errors.evaluationExpired', { evaluationEnd: '2026-11-11' });
    expect(errorText(t, error, 'fr')).toContain('le 11 nov. 2026');
    await initI18n('en');
  });
});
