/**
 * Builds the `conex` command line (cli/) into one minified file that runs on
 * Node: out/cli/conex.cjs. `--sandbox` builds the test variant,
 * out/cli-sandbox/conex.cjs, which also trusts the Conex API sandbox's test
 * key; the production file never contains it. CommonJS because Node starts it
 * faster than the same bundle as an ES module (the start-up goal of issue 19).
 */
import { chmodSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `import { z } from 'zod'` hands the bundler zod's whole namespace object, so
 * all of zod (460 KB minified, JSON Schema and 40 locales included) would be
 * parsed on every start. Read as `import * as z`, only the parts used remain
 * (about 100 KB): the start-up time of `conex` depends on it.
 */
const zodNamespace = {
  name: 'zod-namespace',
  setup(b) {
    b.onLoad({ filter: /[\\/](shared|cli)[\\/].*\.ts$/, namespace: 'file' }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/^import \{ z \} from 'zod';$/m, "import * as z from 'zod';"),
      loader: 'ts',
    }));
  },
};

/**
 * The modules only some commands load, and that bring zod with them: reading
 * a backup and `key request`. Node compiles all of a file's code when it
 * loads it, even code that never runs, and zod was three quarters of that
 * work for `conex --version` and `check` (issue 19). These modules are
 * bundled together, apart from the rest, and kept in the file as one text
 * (so one copy of zod), compiled by the first (dynamic) import of either;
 * every other module stays plain code.
 */
const COMPILED_ON_USE = ['cli/backup-licenses.ts', 'cli/commands/key-request.ts'];

function compiledOnUse(options) {
  const cold = new Set(COMPILED_ON_USE.map((p) => join(root, p)));
  return {
    name: 'compiled-on-use',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const path = resolve(args.resolveDir, `${args.path}.ts`);
        if (args.kind !== 'dynamic-import' || !cold.has(path)) return undefined;
        // One path for all of them: the bundler loads the chunk once, whichever module is imported.
        return { path: 'chunk', namespace: 'compiled-on-use' };
      });
      b.onLoad({ filter: /.*/, namespace: 'compiled-on-use' }, async () => {
        const stdin = { contents: COMPILED_ON_USE.map((p) => `export * from './${p}';`).join('\n'), resolveDir: root, loader: 'ts' };
        const bundled = await build({ ...options, stdin, write: false, banner: {} });
        const source = bundled.outputFiles[0].text;
        return {
          contents: `const m = { exports: {} };\nnew Function('module', 'exports', 'require', ${JSON.stringify(source)})(m, m.exports, require);\nmodule.exports = m.exports;\n`,
          loader: 'js',
        };
      });
    },
  };
}

/** Builds one variant and returns the path of the file written. */
export async function buildCli({ sandbox = false } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sandboxKey = sandbox ? readFileSync(join(root, 'tests/sandbox/keys/sandbox-test-only.public.json'), 'utf8') : 'undefined';
  const outfile = join(root, sandbox ? 'out/cli-sandbox/conex.cjs' : 'out/cli/conex.cjs');
  const options = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [zodNamespace],
    define: { __CONEX_VERSION__: JSON.stringify(pkg.version), __CONEX_SANDBOX_KEY__: sandboxKey },
  };
  await build({
    ...options,
    entryPoints: [join(root, 'cli/main.ts')],
    outfile,
    banner: { js: '#!/usr/bin/env node' },
    plugins: [compiledOnUse(options), zodNamespace],
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sandbox = process.argv.includes('--sandbox');
  const file = await buildCli({ sandbox });
  console.log(`built ${file}`);
}
