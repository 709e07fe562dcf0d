import { collect, type Tree } from './collect';

/** Every French namespace, in one chunk loaded only when French is needed. */
export default collect(import.meta.glob<Tree>('../locales/fr/*.json', { eager: true, import: 'default' }));
