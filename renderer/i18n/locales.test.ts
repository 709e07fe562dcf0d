import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const dir = join(import.meta.dirname, 'locales');

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
function load(lang: string, file: string): Tree {
  return JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Tree;
}

describe('translations', () => {
  const en = readdirSync(join(dir, 'en')).sort();
  const fr = readdirSync(join(dir, 'fr')).sort();

  it('French and English have the same namespaces', () => {
    expect(fr).toEqual(en);
  });

  for (const file of en) {
    it(`${file}: every key exists in both languages, with text`, () => {
      const enKeys = keys(load('en', file)).sort();
      const frKeys = keys(load('fr', file)).sort();
      expect(frKeys).toEqual(enKeys);
      for (const lang of ['en', 'fr']) {
        const tree = load(lang, file);
        for (const k of keys(tree)) {
          const value = k.split('.').reduce<Tree | string>((t, part) => (t as Tree)[part] as Tree | string, tree);
          expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${file} ${k} is empty`).toBe(true);
        }
      }
    });

    it(`${file}: no text shows a rule ID such as R-EVAL-2 (they belong in tests and docs)`, () => {
      for (const lang of ['en', 'fr']) {
        const text = readFileSync(join(dir, lang, file), 'utf8');
        expect(text.match(/\bR-[A-Z]+-\d+\b/g) ?? [], `${lang}/${file}`).toEqual([]);
      }
    });

    it(`${file}: placeholders match between languages`, () => {
      const en = load('en', file);
      const fr = load('fr', file);
      for (const k of keys(en)) {
        const get = (t: Tree) => k.split('.').reduce<Tree | string>((acc, part) => (acc as Tree)[part] as Tree | string, t) as string;
        const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
        expect(vars(get(fr)), `${file} ${k}`).toEqual(vars(get(en)));
      }
    });
  }
});

/**
 * French texts that are spelled as the English ones: names (products, payment networks, support offerings, tools),
 * codes, and French words that happen to be written the same. Anything else equal to its English text is untranslated.
 */
const SAME_IN_FRENCH = new Set([
  'PAN',
  'CIN',
  'SEN',
  'ACH',
  'PayPal',
  'MasterCard',
  'Visa',
  'American Express',
  'TeamViewer',
  'Conex Books',
  'Conex Data Center',
  'Cloud',
  'Electron',
  'Chromium',
  'Select',
  'Priority',
  'Premier',
  'Actions',
  'Options',
  'Option {{number}}',
  'Budget',
  'Plan',
  'Active',
  'Campus',
  'Contacts',
  'Information',
  'Maintenance',
  'Mode',
  'Notes',
  'Production',
  'Promotion',
  'Stable',
  'Support',
  'Tickets',
  'Total',
  'Type',
  'Version',
  'Active ({{count}})',
  'EUR (euro)',
  'Promotion ({{percent}})',
  'Total ({{currency}})',
  'Version {{major}}',
  '{{count}} minute',
  '{{count}} minutes',
  '{{email}} ({{role}})',
]);

describe('what the user reads', () => {
  const files = readdirSync(join(dir, 'en')).sort();
  const strings = (lang: string, file: string): [string, string][] => {
    const tree = load(lang, file);
    const get = (k: string) => k.split('.').reduce<Tree | string>((t, part) => (t as Tree)[part] as Tree | string, tree) as string;
    return keys(tree).map((k) => [k, get(k)]);
  };

  it('names no business rule ID: those stay in tests and docs', () => {
    const withIds = ['en', 'fr'].flatMap((lang) =>
      files.flatMap((file) =>
        strings(lang, file)
          .filter(([, v]) => /R-[A-Z]+-\d/.test(v))
          .map(([k, v]) => `${lang}/${file} ${k}: ${v}`),
      ),
    );
    expect(withIds).toEqual([]);
  });

  it('is translated into French: a French text equal to its English one is a name, a code or a word spelled alike', () => {
    const untranslated = files.flatMap((file) => {
      const english = new Map(strings('en', file));
      return strings('fr', file)
        .filter(([k, v]) => english.get(k) === v && !SAME_IN_FRENCH.has(v))
        .map(([k, v]) => `${file} ${k}: ${v}`);
    });
    expect(untranslated).toEqual([]);
  });
});

describe('message keys used in code', () => {
  const roots = ['renderer', 'shared'].map((r) => join(import.meta.dirname, '..', '..', r));
  const sources: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) sources.push(p);
    }
  };
  roots.forEach(walk);
  const namespaces = new Set(readdirSync(join(dir, 'en')).map((f) => f.replace(/\.json$/, '')));

  it('every "namespace:key" literal in renderer/ and shared/ has an English text (and so a French one)', () => {
    const missing: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"`]([a-z][a-zA-Z]+):([a-zA-Z][\w]*(?:\.[\w]+)*)['"`]/g)) {
        const [, ns = '', key = ''] = m;
        if (!namespaces.has(ns)) continue;
        const tree = load('en', `${ns}.json`);
        const lookup = (path: string) =>
          path.split('.').reduce<Tree | string | undefined>((t, part) => (t && typeof t === 'object' ? t[part] : undefined), tree);
        // A key may name a subtree that code indexes into (`status.${kind}`): accept objects too.
        // A key used with a count is written in plural forms (`key_one`, `key_other`), as i18next resolves it.
        const value = lookup(key) ?? lookup(`${key}_other`);
        if (value === undefined) missing.push(`${ns}:${key} (${file.split('/').slice(-3).join('/')})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
