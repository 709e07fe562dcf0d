import type { Migration } from './types';

/** Every migration file `vN.ts` (exporting `vN`), in version order. A new version is a new file; a shipped one never changes. */
// Test files (v4.test.ts) sit beside the migrations: without the exclusion they would be imported, into the app bundle too.
const files = import.meta.glob<Record<string, Migration>>(['./v*.ts', '!./*.test.ts'], { eager: true });

export const migrations: Migration[] = Object.entries(files)
  .flatMap(([path, mod]) => {
    const name = /\/(v\d+)\.ts$/.exec(path)?.[1];
    const migration = name ? mod[name] : undefined;
    return migration ? [migration] : [];
  })
  .sort((a, b) => a.version - b.version);
