import Dexie, { type Table } from 'dexie';
import type { Entity } from '../../shared/entity';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';

export interface StoredEntity extends Entity {
  nameKey: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The app's IndexedDB store. Only repositories in renderer/db touch it. */
export class ConexDb extends Dexie {
  entities!: Table<StoredEntity, string>;
  settings!: Table<SettingRow, string>;

  constructor(name = 'conex-license-manager', upTo: number = Number.POSITIVE_INFINITY, list: Migration[] = migrations) {
    super(name);
    for (const m of list) {
      if (m.version > upTo) break;
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}

let instance: ConexDb | undefined;

/** The app's one database connection. */
export function db(): ConexDb {
  instance ??= new ConexDb();
  return instance;
}

/** Tests open their own database. */
export function setDbForTests(next: ConexDb | undefined): void {
  instance = next;
}
