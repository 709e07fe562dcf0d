import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorOnly, projects, typecheck } from '../scripts/typecheck.mjs';

const root = join(import.meta.dirname, '..');

/** Every tsconfig*.json of the repository's own folders (not the shared base every project extends). */
async function tsconfigs(dir = root): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (['node_modules', 'out', '.git', 'reports', 'test-results', 'bench-results'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await tsconfigs(path)));
    else if (/^tsconfig.*\.json$/.test(entry.name) && entry.name !== 'tsconfig.base.json') found.push(relative(root, path));
  }
  return found;
}

describe('npm run typecheck', () => {
  it('checks every tsconfig in the repository, so a new layer cannot be left out', async () => {
    expect([...projects, ...Object.keys(editorOnly)].sort()).toEqual((await tsconfigs()).sort());
    for (const config of Object.keys(editorOnly)) expect(projects).not.toContain(config);
  });

  const scratch = mkdtemp(join(tmpdir(), 'conex-typecheck-'));
  afterAll(async () => rm(await scratch, { recursive: true, force: true }));

  it('fails when one project of several does not compile, and names it with the error', async () => {
    const dir = await scratch;
    await writeFile(join(dir, 'good.ts'), 'export const n: number = 1;\n');
    await writeFile(join(dir, 'bad.ts'), "export const n: number = 'one';\n");
    const config = (file: string) =>
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [], lib: ['es5'] }, files: [file] });
    await writeFile(join(dir, 'good.json'), config('good.ts'));
    await writeFile(join(dir, 'bad.json'), config('bad.ts'));
    const result = await typecheck([join(dir, 'good.json'), join(dir, 'bad.json')], 2);
    expect(result.ok).toBe(false);
    expect(result.failures.map((f) => f.project)).toEqual([join(dir, 'bad.json')]);
    expect(result.failures[0]?.output).toContain('TS2322');
  });
});
