import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** shared/ is pure: besides the lint rule, this test fails if a domain file reaches for Node, the DOM, Electron or the clock. */
const root = import.meta.dirname;
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: relative(root, join(root, f)), text: withoutComments(readFileSync(join(root, f), 'utf8')) }));

/** Comments may name the DOM ("exposed as `window.conex`"); only code counts. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const forbiddenImport =
  /from\s+['"](node:[^'"]+|fs|path|os|crypto|child_process|electron(\/[^'"]*)?|react(-dom)?|dexie|@mui\/[^'"]+|[^'"]*\/(renderer|electron)\/[^'"]*)['"]/;
const forbiddenGlobal = /(?<![.\w])(window|document|navigator|localStorage|indexedDB|process|Buffer|require)\s*[.(]/;
const readsClock = /new Date\(\)|Date\.now\(\)|Math\.random\(\)/;

describe('shared/ purity', () => {
  it('finds the domain sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((s) => [s.file, s.text]))('%s imports no Node, DOM or Electron and never reads the clock', (_file, text) => {
    expect(text).not.toMatch(forbiddenImport);
    expect(text).not.toMatch(forbiddenGlobal);
    expect(text).not.toMatch(readsClock);
  });
});
