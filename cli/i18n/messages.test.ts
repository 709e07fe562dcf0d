import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar } from './ar';
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

  /** A key without its plural suffix: Arabic has six plural forms where English has two. */
  const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

  it('Arabic has every English message, and each plural in all six of its forms (zero, one, two, few, many, other)', () => {
    expect([...new Set(Object.keys(ar).map(base))].sort()).toEqual([...new Set(Object.keys(en).map(base))].sort());
    const plurals = new Set(
      Object.keys(en)
        .filter((k) => k.endsWith('_other') && k.startsWith('cli:'))
        .map(base),
    );
    for (const key of plurals)
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(ar).toHaveProperty([`${key}_${form}`]);
    // Words, not punctuation: the separator between where a key is and its verdict is the same.
    for (const key of Object.keys(en).filter((k) => k.startsWith('cli:') && k !== 'cli:key.whereSeparator'))
      expect([key, ar[key]]).not.toEqual([key, en[key]]);
  });

  it('every placeholder of an English message is in its Arabic one, in every plural form', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((n) => n !== 'count');
    for (const [key, text] of Object.entries(ar)) {
      const english = en[key] ?? en[`${base(key)}_other`] ?? '';
      expect([key, names(text).sort()]).toEqual([key, [...new Set(names(english))].sort()]);
    }
  });

  it.each([
    ['en', en],
    ['fr', fr],
    ['ar', ar],
  ])(
    'every message shared with the app (key errors, statuses R-MAINT-6 and R-EVAL-1, R-EOL-1, calendar) is the app own, word for word (%s)',
    (lang, catalogue) => {
      const shared = Object.keys(catalogue).filter((k) => !k.startsWith('cli:'));
      expect(shared.length).toBeGreaterThan(50);
      for (const key of shared) expect([key, catalogue[key]]).toEqual([key, appMessage(lang, key)]);
    },
  );

  it('no message names a rule ID', () => {
    for (const text of [...Object.values(en), ...Object.values(fr), ...Object.values(ar)]) expect(text).not.toMatch(/R-[A-Z]+-\d/);
  });
});
