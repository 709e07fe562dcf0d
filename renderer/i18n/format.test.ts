import { afterEach, describe, expect, it } from 'vitest';
import { formatDay as licensesDay } from '../features/licenses/format';
import { formatDay as remindersDay } from '../reminders/format';
import { formatDate, formatExactDecimal, formatInstant } from './format';
import { setDigits } from './locale';

afterEach(() => setDigits('latn'));

describe('dates and exact figures in the UI language (issue 21: Arabic as written in Algeria)', () => {
  it('writes a date in Arabic with the digits chosen in Settings, Western by default', () => {
    const western = formatDate('2026-11-01', 'ar');
    // ar-DZ writes a medium date with numbers: day, month, year.
    expect(western.replace(/\u200f/g, '')).toBe('01/11/2026');
    setDigits('arab');
    expect(formatDate('2026-11-01', 'ar')).toMatch(/٢٠٢٦/);
    expect(formatDate('2026-11-01', 'en')).toBe('Nov 1, 2026');
  });

  it('is the one formatter the licenses list and the reminders write their days with', () => {
    expect(licensesDay('2026-11-01T10:00:00Z', 'ar')).toBe(formatDate('2026-11-01', 'ar'));
    expect(remindersDay('2026-11-01', 'fr')).toBe('1 nov. 2026');
  });

  it('shows a text that is not an instant as it is', () => {
    expect(formatInstant('not a date', 'ar')).toBe('not a date');
  });

  it('keeps every digit of an exact figure', () => {
    expect(formatExactDecimal('155.736', 'fr')).toBe('155,736');
    expect(formatExactDecimal('1234.5', 'en')).toBe('1,234.5');
  });
});
