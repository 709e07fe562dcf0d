import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

const locales = join(import.meta.dirname, '../../renderer/i18n/locales');

/** The app's message at `namespace:path`, from its locale files. */
function appMessage(lang: string, key: string): unknown {
  const [namespace, path] = key.split(':') as [string, string];
  let node: unknown = JSON.parse(readFileSync(join(locales, lang, `${namespace}.json`), 'utf8'));
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

describe('command-line messages', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['en', en],
    ['fr', fr],
  ])(
    'every message shared with the app (key errors, statuses R-MAINT-6 and R-EVAL-1, R-EOL-1, calendar) is the app own, word for word (%s)',
    (lang, catalogue) => {
      const shared = Object.keys(catalogue).filter((k) => !k.startsWith('cli:'));
      expect(shared.length).toBeGreaterThan(50);
      for (const key of shared) expect([key, catalogue[key]]).toEqual([key, appMessage(lang, key)]);
    },
  );

  it('no message names a rule ID', () => {
    for (const text of [...Object.values(en), ...Object.values(fr)]) expect(text).not.toMatch(/R-[A-Z]+-\d/);
  });
});
