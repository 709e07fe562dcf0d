import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../renderer/i18n/locales/en/domain.json';
import fr from '../renderer/i18n/locales/fr/domain.json';

/** Every "domain:..." message key written in shared/ has an English and a French text. */
const root = import.meta.dirname;
const keys = new Set<string>();
for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
  const text = readFileSync(join(root, f), 'utf8');
  for (const m of text.matchAll(/'domain:([a-zA-Z.]+)'/g)) keys.add(m[1] as string);
}
// Built from a code in cotermination.ts.
for (const code of ['cotermTooFew', 'cotermCloud', 'cotermBeforeEnd', 'cotermNoTwelveMonths', 'cotermCap', 'capExceeded'])
  keys.add(`maintenance.${code}`);

function lookup(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('domain messages', () => {
  it('finds the message keys used in shared/', () => {
    expect(keys.size).toBeGreaterThan(15);
  });

  it.each([...keys].map((k) => [k]))('"domain:%s" has an English and a French text', (key) => {
    expect(typeof lookup(en, key)).toBe('string');
    expect(typeof lookup(fr, key)).toBe('string');
  });

  it('English and French have the same keys', () => {
    expect(leaves(fr).sort()).toEqual(leaves(en).sort());
  });
});
