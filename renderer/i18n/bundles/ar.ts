import { collect, type Tree } from './collect';

/** Every Arabic namespace, in one chunk loaded only when Arabic is needed. */
export default collect(import.meta.glob<Tree>('../locales/ar/*.json', { eager: true, import: 'default' }));
