import type { Migration } from './types';

/** Every migration file `vN.ts` (exporting `vN`), in version order. A new version is a new file; a shipped one never changes. */
const files = import.meta.glob<Record<string, Migration>>('./v*.ts', { eager: true });

export const migrations: Migration[] = Object.entries(files)
  .flatMap(([path, mod]) => {
    const name = /\/(v\d+)\.ts$/.exec(path)?.[1];
    const migration = name ? mod[name] : undefined;
    return migration ? [migration] : [];
  })
  .sort((a, b) => a.version - b.version);
