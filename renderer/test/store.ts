import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { ConexDb, setDbForTests } from '../db/database';

/** What a test file adds around its fresh store. */
export interface StorePerTestOptions {
  /** Writes the rows every test of the file starts from, after the store opens and before the app is given it. */
  seed?: (database: ConexDb) => Promise<unknown>;
  /** Runs after each test, before the store closes: puts back what the file changed (platform bridge, clock, mocks). */
  release?: () => unknown;
}

/**
 * A fresh store per test (a real fake IndexedDB under a unique name), made the app's `db()` while the test runs,
 * then closed and deleted. Returns the open store; call it inside tests and hooks only.
 */
export function storePerTest(prefix: string, options: StorePerTestOptions = {}): () => ConexDb {
  let database: ConexDb | undefined;
  beforeEach(async () => {
    database = new ConexDb(`${prefix}-${Math.random()}`);
    await database.open();
    await options.seed?.(database);
    setDbForTests(database);
  });
  afterEach(async () => {
    await options.release?.();
    setDbForTests(undefined);
    if (!database) return;
    database.close();
    await Dexie.delete(database.name);
    database = undefined;
  });
  return () => {
    if (!database) throw new Error('the test store opens in beforeEach');
    return database;
  };
}

/**
 * Names for databases a test opens itself at chosen schema versions (migration tests); each one is deleted after the test.
 * Returns the function that gives the next name.
 */
export function dbNamesPerTest(prefix: string): () => string {
  const names: string[] = [];
  afterEach(async () => {
    await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
  });
  return () => {
    const name = `${prefix}-${names.length}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    return name;
  };
}
