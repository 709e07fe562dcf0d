import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where a file sits in the renderer's layers: a feature (with its name), the app shell, or a layer below both. */
function placeOf(file) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const feature = /^renderer\/features\/([^/]+)\//.exec(relative);
  if (feature) return { kind: 'feature', name: feature[1] };
  if (relative.startsWith('renderer/app/')) return { kind: 'app' };
  if (relative === 'renderer/main.tsx') return { kind: 'entry' };
  if (relative.startsWith('renderer/')) return { kind: 'lower', test: /\.test\.tsx?$/.test(relative) };
  return { kind: 'outside' };
}

/**
 * Features contribute, the app composes (STYLE.md): a feature imports no other feature and not the app shell (what
 * it adds to another's screen goes through a slot in renderer/contributions); the layers below features (db, store,
 * ui, lib, sync, reminders, contributions...) import neither features nor the app. Import paths are resolved against
 * the importing file, so `../x/` and `../../features/x/` are judged alike.
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      otherFeature:
        'renderer/features/{{from}} imports renderer/features/{{to}}: features never import each other; contribute through a slot in renderer/contributions, a store in renderer/store, or move the shared piece to renderer/ui or renderer/lib.',
      app: 'renderer/features/{{from}} imports renderer/app: the app composes features, never the other way round.',
      lowerImportsUpper: 'A layer below the features imports {{to}}: only renderer/app composes features.',
    },
  },
  create(context) {
    const from = placeOf(context.filename);
    if (from.kind !== 'feature' && from.kind !== 'lower') return {};
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = placeOf(path.resolve(path.dirname(context.filename), source.value));
      if (from.kind === 'feature') {
        if (to.kind === 'app') context.report({ node: source, messageId: 'app', data: { from: from.name } });
        else if (to.kind === 'feature' && to.name !== from.name)
          context.report({ node: source, messageId: 'otherFeature', data: { from: from.name, to: to.name } });
        return;
      }
      // A lower layer's own tests may check it against a feature that uses it; its code may not.
      if (!from.test && (to.kind === 'feature' || to.kind === 'app'))
        context.report({
          node: source,
          messageId: 'lowerImportsUpper',
          data: { to: to.kind === 'app' ? 'renderer/app' : `renderer/features/${to.name}` },
        });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

/** The project's own lint rules. */
export default { meta: { name: 'conex' }, rules: { 'feature-boundaries': featureBoundaries } };
