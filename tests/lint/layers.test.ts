import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });

/** The layer and table messages ESLint gives `code` as if it were the file at `file` (relative to the repository). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter(
      (m) =>
        m.ruleId === 'conex/feature-boundaries' ||
        m.ruleId === 'no-restricted-syntax' ||
        m.ruleId === 'no-restricted-imports' ||
        m.ruleId === 'no-restricted-globals',
    )
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const TABLES = /Only renderer\/db touches the Dexie tables/;

describe('features contribute, the app composes', () => {
  it('a feature importing another feature is refused, however the path is written', async () => {
    expect(
      await problems(
        'renderer/features/settings/SettingsScreen.tsx',
        "import { AccountSection } from '../account/AccountSection';\nAccountSection();\n",
      ),
    ).toEqual([
      expect.stringMatching(
        /^conex\/feature-boundaries: renderer\/features\/settings imports renderer\/features\/account: features never import each other/,
      ),
    ]);
    expect(await problems('renderer/features/quotes/pdf/make.ts', "export { x } from '../../../features/account/x';\n")).toHaveLength(1);
    expect(
      await problems('renderer/features/licenses/Details.tsx', "export const load = () => import('../account/LicenseContacts');\n"),
    ).toHaveLength(1);
  });

  it('a feature importing the app shell is refused', async () => {
    expect(await problems('renderer/features/quotes/Row.tsx', "import type { X } from '../../app/slots';\nexport type Y = X;\n")).toEqual([
      'conex/feature-boundaries: renderer/features/quotes imports renderer/app: the app composes features, never the other way round.',
    ]);
  });

  it('a feature may import its own files and the layers below it; the app may import features', async () => {
    const code = [
      "import { a } from './a';",
      "import { b } from './pdf/b';",
      "import { quoteRowActions } from '../../contributions/slots';",
      "import { useToast } from '../../store/toast';",
      'export const all = [a, b, quoteRowActions, useToast];',
      '',
    ].join('\n');
    expect(await problems('renderer/features/quotes/QuoteRowActions.tsx', code)).toEqual([]);
    expect(await problems('renderer/app/contributions.ts', "import '../features/account/contributions';\n")).toEqual([]);
  });

  it('a layer below the features imports none of them, though its tests may', async () => {
    const code = "import { storedLinks } from '../features/account/conex-links';\nexport const s = storedLinks;\n";
    expect(await problems('renderer/sync/links.ts', code)).toEqual([
      'conex/feature-boundaries: A layer below the features imports renderer/features/account: only renderer/app composes features.',
    ]);
    expect(await problems('renderer/sync/links.test.ts', code)).toEqual([]);
  });
});

describe('only renderer/db touches the Dexie tables', () => {
  const reads = [
    ['a table read from db()', "import { db } from '../../db/database';\nexport const all = () => db().orders.toArray();\n"],
    ['db() kept under another name', "import { db } from '../../db/database';\nconst d = db();\nexport const all = () => listQuotes(d);\n"],
    [
      'db() destructured',
      "import { db } from '../../db/database';\nconst { orders } = db();\nexport const all = () => orders.toArray();\n",
    ],
    ['a table read from a handle it was given', 'export const first = (deps: { db: unknown }) => deps.db.orders.toArray();\n'],
    ['a handle renamed while destructuring', 'export const first = ({ db: store }: Deps) => read(store);\n'],
    [
      'a ConexDb under another name',
      "import type { ConexDb } from '../../db/database';\nexport const first = (store: ConexDb) => read(store);\n",
    ],
    ['Dexie itself', "import Dexie from 'dexie';\nexport const d = new Dexie('x');\n"],
  ] as const;

  it.each(reads)('refuses %s in a feature', async (_, code) => {
    const found = await problems('renderer/features/quotes/QuotesScreen.tsx', code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => /renderer\/db|ConexDb is named db or database/.test(m))).toBe(true);
  });

  it('allows handing db() or a named handle to a repository, and subscribing with liveQuery', async () => {
    const code = [
      "import { liveQuery } from 'dexie';",
      "import { db } from '../../db/database';",
      "import type { ConexDb } from '../../db/database';",
      "import { listQuotes } from '../../db/repos/quotes';",
      'export const quotes = () => listQuotes(db());',
      'export const live = (database: ConexDb) => liveQuery(() => listQuotes(database));',
      'export function both() {',
      '  const database = db();',
      '  return listQuotes(database);',
      '}',
      '',
    ].join('\n');
    expect(await problems('renderer/features/quotes/QuotesScreen.tsx', code)).toEqual([]);
  });

  it('allows the tables in renderer/db only: the sync engine reads them through repositories too', async () => {
    const code = "import { db } from '../database';\nexport const all = () => db().orders.toArray();\n";
    expect(await problems('renderer/db/repos/orders.ts', code)).toEqual([]);
    for (const file of ['renderer/sync/runtime.ts', 'renderer/sync/pull.ts']) {
      expect((await problems(file, code.replace('../database', '../db/database'))).some((m) => TABLES.test(m))).toBe(true);
    }
  });
});

describe('the renderer runs in a browser page', () => {
  it("its code may not use Node's globals, though its tests may", async () => {
    const code = 'export const home = process.env.HOME;\nexport const bytes = Buffer.from("x");\n';
    expect(await problems('renderer/lib/paths.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'process'\. The renderer runs in a browser page/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'Buffer'\./),
    ]);
    expect(await problems('renderer/lib/paths.test.ts', code)).toEqual([]);
  });
});
