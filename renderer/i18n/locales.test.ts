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
function lookup(tree: Tree, key: string): Tree | string | undefined {
  return key.split('.').reduce<Tree | string | undefined>((t, part) => (t && typeof t === 'object' ? t[part] : undefined), tree);
}

/** The plural suffixes i18next asks a language for: Arabic has six (0, 1, 2, 3–10, 11–99, 100…), English and French two. */
function pluralForms(lang: string): string[] {
  return lang === 'ar' ? ['zero', 'one', 'two', 'few', 'many', 'other'] : ['one', 'other'];
}
const PLURAL = /^(.*)_(one|other)$/;

/** Each key `lang` must have, with the English key whose text (and placeholders) it renders. */
function expectedKeys(english: Tree, lang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of keys(english)) {
    const base = PLURAL.exec(k)?.[1];
    if (base === undefined) out.set(k, k);
    else for (const form of pluralForms(lang)) out.set(`${base}_${form}`, form === 'one' ? `${base}_one` : `${base}_other`);
  }
  return out;
}

function keyProblems(english: Tree, other: Tree, lang: string): { missing: string[]; extra: string[] } {
  const expected = expectedKeys(english, lang);
  const present = new Set(keys(other));
  return {
    missing: [...expected.keys()].filter((k) => !present.has(k)).sort(),
    extra: [...present].filter((k) => !expected.has(k)).sort(),
  };
}

const vars = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? ''))].sort();
const show = (names: string[]) => (names.length ? names.map((n) => `{{${n}}}`).join(' ') : 'none');

/**
 * The same {{placeholders}} as the English text. Only a count may give way to a word where the language names the
 * number ("سجل واحد", "سجلان"): in the zero, one and two forms.
 */
function placeholderProblems(english: Tree, other: Tree, lang: string): string[] {
  const problems: string[] = [];
  for (const [k, from] of expectedKeys(english, lang)) {
    const text = lookup(other, k);
    const source = lookup(english, from);
    if (typeof text !== 'string' || typeof source !== 'string') continue;
    const wordForm = /_(zero|one|two)$/.test(k);
    const want = vars(source).filter((v) => !(wordForm && v === 'count' && !vars(text).includes('count')));
    const found = vars(text);
    if (want.join() !== found.join()) problems.push(`${k}: expected ${show(want)}, found ${show(found)}`);
  }
  return problems;
}

/** The languages beside English; each must say everything English says. */
const OTHERS = ['fr', 'ar'] as const;

describe('translations', () => {
  const en = readdirSync(join(dir, 'en')).sort();

  for (const lang of OTHERS) {
    it(`${lang} and English have the same namespaces`, () => {
      expect(readdirSync(join(dir, lang)).sort()).toEqual(en);
    });
  }

  for (const file of en) {
    for (const lang of OTHERS) {
      it(`${file}: every English key exists in ${lang}, in ${lang}'s plural forms, and nothing else`, () => {
        expect(keyProblems(load('en', file), load(lang, file), lang)).toEqual({ missing: [], extra: [] });
      });
    }

    it(`${file}: every text has words`, () => {
      for (const lang of ['en', ...OTHERS]) {
        const tree = load(lang, file);
        for (const k of keys(tree)) {
          const value = lookup(tree, k);
          expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${file} ${k} is empty`).toBe(true);
        }
      }
    });

    it(`${file}: no text shows a rule ID such as R-EVAL-2 (they belong in tests and docs)`, () => {
      for (const lang of ['en', ...OTHERS]) {
        const text = readFileSync(join(dir, lang, file), 'utf8');
        expect(text.match(/\bR-[A-Z]+-\d+\b/g) ?? [], `${lang}/${file}`).toEqual([]);
      }
    });

    for (const lang of OTHERS) {
      it(`${file}: placeholders match between English and ${lang}`, () => {
        expect(placeholderProblems(load('en', file), load(lang, file), lang)).toEqual([]);
      });
    }
  }
});

describe('the parity check itself', () => {
  const english: Tree = { title: 'Licenses', done_one: '{{count}} record.', done_other: '{{count}} records.', nested: { a: 'A {{name}}' } };
  const arabic: Tree = {
    title: 'التراخيص',
    done_zero: 'لا يوجد أي سجل.',
    done_one: 'سجل واحد.',
    done_two: 'سجلان.',
    done_few: '{{count}} سجلات.',
    done_many: '{{count}} سجلًا.',
    done_other: '{{count}} سجل.',
    nested: { a: 'أ {{name}}' },
  };

  it('passes a complete Arabic tree with its six plural forms', () => {
    expect(keyProblems(english, arabic, 'ar')).toEqual({ missing: [], extra: [] });
    expect(placeholderProblems(english, arabic, 'ar')).toEqual([]);
  });

  it('fails when one Arabic text is missing, naming it', () => {
    const { a: _dropped, ...rest } = arabic.nested as Tree;
    expect(keyProblems(english, { ...arabic, nested: rest }, 'ar').missing).toEqual(['nested.a']);
  });

  it("fails when an Arabic plural form is missing, or when Arabic has only English's two forms", () => {
    const { done_two: _two, ...withoutTwo } = arabic;
    expect(keyProblems(english, withoutTwo, 'ar').missing).toEqual(['done_two']);
    const englishForms: Tree = { title: 'التراخيص', done_one: 'سجل واحد.', done_other: '{{count}} سجل.', nested: { a: 'أ {{name}}' } };
    expect(keyProblems(english, englishForms, 'ar').missing).toEqual(['done_few', 'done_many', 'done_two', 'done_zero']);
  });

  it('fails when a placeholder is lost or renamed; only {{count}} may give way to a word in zero, one and two', () => {
    expect(placeholderProblems(english, { ...arabic, nested: { a: 'أ' } }, 'ar')).toEqual(['nested.a: expected {{name}}, found none']);
    expect(placeholderProblems(english, { ...arabic, done_many: 'سجلًا.' }, 'ar')).toEqual(['done_many: expected {{count}}, found none']);
    expect(placeholderProblems(english, { ...arabic, nested: { a: 'أ {{nom}}' } }, 'ar')).toEqual([
      'nested.a: expected {{name}}, found {{nom}}',
    ]);
  });
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

/** Arabic texts that are the English ones: product and payment names, codes, and texts made only of placeholders. */
const SAME_IN_ARABIC = new Set([
  'ACH',
  'American Express',
  'CIN',
  'Chromium',
  'Conex Books',
  'Conex Data Center',
  'Conex License Manager',
  'Electron',
  'MasterCard',
  'PAN',
  'PayPal',
  'Premier',
  'Priority',
  'SEN',
  'SEN: {{sen}}',
  'Select',
  'TeamViewer',
  'Visa',
  'conex-licenses-template.csv',
  '{{date}}: {{sens}}',
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
    const withIds = ['en', ...OTHERS].flatMap((lang) =>
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

describe('what the Arabic reader reads', () => {
  const files = readdirSync(join(dir, 'en')).sort();

  it('is translated into Arabic: an Arabic text equal to its English one is a name or a code', () => {
    const untranslated = files.flatMap((file) => {
      const english = load('en', file);
      const arabic = load('ar', file);
      return keys(arabic)
        .filter((k) => lookup(english, k) === lookup(arabic, k) && !SAME_IN_ARABIC.has(lookup(arabic, k) as string))
        .map((k) => `${file} ${k}`);
    });
    expect(untranslated).toEqual([]);
  });

  it('is written in Arabic script: every text that is not a name or a code has Arabic letters', () => {
    const latinOnly = files.flatMap((file) => {
      const arabic = load('ar', file);
      return keys(arabic)
        .filter((k) => !SAME_IN_ARABIC.has(lookup(arabic, k) as string) && !/[\u0600-\u06FF]/.test(lookup(arabic, k) as string))
        .map((k) => `${file} ${k}: ${lookup(arabic, k) as string}`);
    });
    expect(latinOnly).toEqual([]);
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
