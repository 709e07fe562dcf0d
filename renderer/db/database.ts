import Dexie, { type Table } from 'dexie';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';
import type { AccountProfileRow, ConsentRequestRow } from './account-tables';
import type { EntityRow } from './rows/entity-row';
import type { LicenseRow } from './rows/license-row';
import type { QuoteRow } from './rows/quote-row';
import type {
  LicenseContactsRow,
  OrderRow,
  OutboxRow,
  PendingKeyRow,
  QuoteShadowRow,
  SyncConflictRow,
  SyncLogRow,
  SyncStateRow,
} from './sync-tables';

/** A key applied to a license at some time; the current key is also on the license (R-LIC-3). */
export interface KeyHistoryRow {
  id: string;
  licenseId: string;
  sen: string;
  key: string;
  issued: string;
  appliedAt: string;
  /** Why it left: replaced by a newer key, or restored over. */
  replacedAt?: string;
  /** Set when this entry put back an earlier key: the id of the entry it restored. */
  restoredFrom?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Reminder thresholds chosen for one entity (days before the maintenance end). */
export interface ReminderPrefsRow {
  entityId: string;
  thresholds: number[];
  updatedAt: string;
}

/** Per license: snooze, "renewal in progress (PO raised)", and the last threshold a system notification was shown for. */
export interface ReminderStateRow {
  licenseId: string;
  snoozedUntil?: string;
  /** Silences reminders while the license still ends on `forEnd`; a renewal moves the end and so lifts it. */
  poRaised?: { forEnd: string; at: string };
  /** "Dismiss": silences reminders while the license still ends on `forEnd`, as poRaised does. */
  dismissed?: { forEnd: string; at: string };
  lastNotified?: { end: string; threshold: number; at: string };
}

/** A stored quote or license that no longer parses, moved out of its table until the user exports or deletes it. */
export interface SetAsideRow {
  /** `<table>:<key>`. */
  id: string;
  table: 'quotes' | 'licenses';
  key: string;
  /** The record as it was stored. */
  row: unknown;
  /** Where it fails: the field and the schema's message. */
  reason: string;
  setAsideAt: string;
}

/**
 * The app's IndexedDB store. Only repositories in renderer/db touch it. The
 * main tables hold their own row types (renderer/db/rows), each with the schema
 * version that last changed it and mappers to and from the domain's types.
 */
export class ConexDb extends Dexie {
  entities!: Table<EntityRow, string>;
  settings!: Table<SettingRow, string>;
  licenses!: Table<LicenseRow, string>;
  keyHistory!: Table<KeyHistoryRow, string>;
  meta!: Table<MetaRow, string>;
  quotes!: Table<QuoteRow, string>;
  reminderPrefs!: Table<ReminderPrefsRow, string>;
  reminderState!: Table<ReminderStateRow, string>;
  outbox!: Table<OutboxRow, number>;
  syncLog!: Table<SyncLogRow, number>;
  syncState!: Table<SyncStateRow, string>;
  quoteShadows!: Table<QuoteShadowRow, string>;
  syncConflicts!: Table<SyncConflictRow, string>;
  pendingKeys!: Table<PendingKeyRow, string>;
  orders!: Table<OrderRow, string>;
  licenseContacts!: Table<LicenseContactsRow, string>;
  accountProfile!: Table<AccountProfileRow, string>;
  consentRequests!: Table<ConsentRequestRow, string>;
  setAside!: Table<SetAsideRow, string>;

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
