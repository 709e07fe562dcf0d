import { describe, expect, it } from 'vitest';
import { directionOf, LANGUAGES } from './languages';

describe('the direction of a language', () => {
  it('Arabic is written right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
  });

  it('every language the app has today, and an unknown one, is written left to right', () => {
    for (const language of LANGUAGES) expect(directionOf(language)).toBe('ltr');
    expect(directionOf('xx')).toBe('ltr');
  });
});
