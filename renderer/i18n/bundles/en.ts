import { collect, type Tree } from './collect';

/** Every English namespace, in one chunk loaded only when English is needed. */
export default collect(import.meta.glob<Tree>('../locales/en/*.json', { eager: true, import: 'default' }));
