import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const DOC = 'docs/rules.md';
const THIS_FILE = 'tests/rules-doc.test.ts';

/** The same pattern as `grep -oE "R-[A-Z]+-[0-9]+"`: "R-DISC-1..3" names R-DISC-1. */
const RULE_ID = /R-[A-Z]+-\d+/g;
const ENTRY_ID = /^R-[A-Z]+-[1-9]\d*$/;
/** An inline code span that is a repository path: a slash, no spaces, no wildcards. */
const PATH_SPAN = /`([\w.@-]+(?:\/[\w.@-]+)+)`/g;
const TEST_FILE = /\.(test|spec)\.tsx?$/;

interface Entry {
  readonly heading: string;
  readonly body: string;
}

/** Each `### ` section of the rules doc: its heading and its text up to the next heading of any level. */
function entriesOf(doc: string): Entry[] {
  const entries: { heading: string; lines: string[] }[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  for (const line of doc.split('\n')) {
    if (line.startsWith('### ')) entries.push((current = { heading: line.slice(4).trim(), lines: [] }));
    else if (line.startsWith('#')) current = undefined;
    else current?.lines.push(line);
  }
  return entries.map(({ heading, lines }) => ({ heading, body: lines.join('\n') }));
}

/** The paths the paragraph starting with `label` lists, e.g. "Implemented in:"; undefined without that paragraph. */
function listed(body: string, label: string): string[] | undefined {
  const paragraph = body.split(/\n\s*\n/).find((p) => p.trimStart().startsWith(label));
  return paragraph === undefined ? undefined : [...paragraph.matchAll(PATH_SPAN)].map((m) => m[1] as string);
}

/** Rule IDs named in each source file, by path. */
type Mentions = ReadonlyMap<string, ReadonlySet<string>>;

/** What is wrong with the rules doc against the code's mentions; empty when nothing is. */
function problems(doc: string, mentions: Mentions, exists: (path: string) => boolean): string[] {
  const found: string[] = [];
  const entries = entriesOf(doc);
  const seen = new Map<string, number>();
  for (const { heading } of entries) {
    if (!ENTRY_ID.test(heading)) found.push(`heading "${heading}" is not a rule ID`);
    seen.set(heading, (seen.get(heading) ?? 0) + 1);
  }
  for (const [id, n] of seen) if (n > 1) found.push(`${id} has ${n} entries`);

  const named = new Set([...mentions.values()].flatMap((ids) => [...ids]));
  for (const id of [...named, ...(doc.match(RULE_ID) ?? [])]) {
    if (!seen.has(id)) found.push(`${id} has no entry in ${DOC}`);
  }

  for (const [, path] of doc.matchAll(PATH_SPAN)) if (!exists(path as string)) found.push(`${path} does not exist`);

  for (const { heading: id, body } of entries) {
    const implemented = listed(body, 'Implemented in:');
    const status = body.split('\n').find((l) => l.startsWith('Status:'));
    if (implemented === undefined && !/^Status: (not implemented yet|outside the app)/.test(status ?? '')) {
      found.push(`${id} says neither where it is implemented nor "Status: not implemented yet" or "Status: outside the app"`);
    }
    for (const path of implemented ?? []) {
      if (exists(path) && !mentions.get(path)?.has(id)) found.push(`${id}: ${path} is listed as implementing it but does not name it`);
    }
    const tested = listed(body, 'Tested by:');
    if (tested === undefined) {
      found.push(`${id} has no "Tested by:" line`);
      continue;
    }
    const naming = [...mentions].filter(([path, ids]) => TEST_FILE.test(path) && ids.has(id)).map(([path]) => path);
    // Every listed test names the rule; a rule some test names lists at least one. Not every one: a new test naming a
    // rule should not need the doc edited to land.
    if (naming.length > 0 && tested.length === 0) found.push(`${id}: ${naming.join(', ')} name it but "Tested by:" lists none`);
    for (const path of tested) if (!naming.includes(path)) found.push(`${id}: ${path} is under "Tested by:" but does not name it`);
  }
  return found;
}

/** Rule IDs named in the code and tests, as `grep -rhoE ... shared renderer cli electron tests --include=*.ts --include=*.tsx` sees them. */
function repositoryMentions(): Map<string, Set<string>> {
  const mentions = new Map<string, Set<string>>();
  for (const dir of ['shared', 'renderer', 'cli', 'electron', 'tests']) {
    for (const name of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      const path = relative(root, join(root, dir, name))
        .split('\\')
        .join('/');
      if (!/\.tsx?$/.test(path) || path.split('/').includes('node_modules') || path === THIS_FILE) continue;
      const ids = new Set(readFileSync(join(root, path), 'utf8').match(RULE_ID) ?? []);
      if (ids.size > 0) mentions.set(path, ids);
    }
  }
  return mentions;
}

describe(DOC, () => {
  it('has an entry for every rule ID the code and tests name, lists only paths that exist, and keeps its test lists whole', () => {
    const doc = readFileSync(join(root, DOC), 'utf8');
    expect(problems(doc, repositoryMentions(), (path) => existsSync(join(root, path)))).toEqual([]);
  });
});

describe('the rules doc check', () => {
  // IDs built from parts, so this file never names a rule the scan above would have to find.
  const [fake, real] = ['R-' + 'FAKE-1', 'R-' + 'TEST-1'];
  const doc = (body: string) => `# Rules\n\n## Area\n\n### ${real}\n\n${body}\n`;
  const good = 'Implemented in: `shared/a.ts`\n\nTested by: `shared/a.test.ts`';
  const mentions = (extra: Record<string, string[]> = {}): Mentions =>
    new Map(Object.entries({ 'shared/a.ts': [real], 'shared/a.test.ts': [real], ...extra }).map(([p, ids]) => [p, new Set(ids)]));
  const all = () => true;

  it('passes a doc that matches the code', () => {
    expect(problems(doc(good), mentions(), all)).toEqual([]);
  });

  it('fails on a rule ID the code names that has no entry', () => {
    expect(problems(doc(good), mentions({ 'renderer/b.ts': [fake] }), all)).toEqual([`${fake} has no entry in ${DOC}`]);
  });

  it('fails on a listed path that does not exist', () => {
    expect(problems(doc(good), mentions(), (p) => p !== 'shared/a.ts')).toEqual(['shared/a.ts does not exist']);
  });

  it('fails on a heading that is not a rule ID, and on an ID with two entries', () => {
    const twice = `${doc(good)}\n### ${real}\n\n${good}\n### Other things\n\n${good}\n`;
    expect(problems(twice, mentions(), all)).toEqual(
      expect.arrayContaining(['heading "Other things" is not a rule ID', `${real} has 2 entries`]),
    );
  });

  it('fails on an implementation that does not name the rule, and on a rule that tests name but whose doc lists none', () => {
    const found = problems(doc(good), mentions({ 'shared/b.test.ts': [real], 'shared/a.ts': [] }), all);
    expect(found).toEqual([`${real}: shared/a.ts is listed as implementing it but does not name it`]);
    const untested = doc('Implemented in: `shared/a.ts`\n\nTested by: no test names it yet.');
    expect(problems(untested, mentions(), all)).toEqual([`${real}: shared/a.test.ts name it but "Tested by:" lists none`]);
  });

  it('accepts a rule marked outside the app or not implemented yet, and nothing vaguer', () => {
    expect(problems(doc('Status: outside the app.\n\nTested by: none.'), new Map(), all)).toEqual([]);
    expect(problems(doc('Status: planned.\n\nTested by: none.'), new Map(), all)).toHaveLength(1);
  });
});
