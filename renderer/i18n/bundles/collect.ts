export type Tree = { [key: string]: string | Tree };

/** One language's namespaces from its `locales/<lang>/<namespace>.json` files, keyed by namespace. */
export function collect(files: Record<string, Tree>): Record<string, Tree> {
  const out: Record<string, Tree> = {};
  for (const [path, tree] of Object.entries(files)) {
    const ns = /\/([\w-]+)\.json$/.exec(path)?.[1];
    if (ns) out[ns] = tree;
  }
  return out;
}
