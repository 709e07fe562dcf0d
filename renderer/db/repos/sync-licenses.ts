import { isContactChange, withPendingContactChanges, type ContactChange } from '../../../shared/account/contacts';
import type { ApiContact, ApiLicense, ApiOrder } from '../../../shared/api';
import { licenseSchema, type License } from '../../../shared/license';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { ConexDb } from '../database';
import type { EntityRow } from '../rows/entity-row';
import type { PendingKeyRow } from '../sync-tables';
import { PRICE_BOOK_META_KEY } from './quotes';
import { entityFromConex, entityMatchKey } from './entities';

export interface LicensePullReport {
  created: number;
  updated: number;
  /** Keys issued by Conex that the user has not applied yet (R-PAY-2). */
  newKeys: PendingKeyRow[];
  /** Licenses the server sent that do not validate here (a bug on one side): left out. */
  skipped: string[];
}

/** The fields a license key carries: they change when the user applies the key, not before (R-LIC-3). */
function keyFields(l: ApiLicense) {
  return {
    product: l.product,
    deployment: l.deployment,
    tier: l.tier,
    type: l.type,
    serverId: l.serverId,
    issued: l.issued,
    maintenanceStart: l.maintenanceStart,
    maintenanceEnd: l.maintenanceEnd,
    ...(l.evaluationEnd ? { evaluationEnd: l.evaluationEnd } : {}),
    ...(l.evaluationEndsAt ? { evaluationEndsAt: l.evaluationEndsAt } : {}),
    majorVersion: l.majorVersion,
  };
}

/**
 * Applies a page of the licenses feed. The server is the authority for its
 * licenses; a key the app does not hold yet is never applied here: it waits in
 * `pendingKeys` for the user to apply it in License Details (R-LIC-3), and until
 * then the license keeps the fields of the key it has. A license new to the app
 * is filed under its entity, found by name or created.
 */
export async function applyRemoteLicenses(
  database: ConexDb,
  items: readonly ApiLicense[],
  now: Date,
  newId: () => string,
): Promise<LicensePullReport> {
  const stamp = now.toISOString();
  const report: LicensePullReport = { created: 0, updated: 0, newKeys: [], skipped: [] };
  const tables = [database.licenses, database.entities, database.pendingKeys, database.licenseContacts, database.outbox];
  await database.transaction('rw', tables, async () => {
    const existing = new Map(
      (
        await database.licenses
          .where('sen')
          .anyOf(items.map((l) => l.sen))
          .toArray()
      ).map((l) => [l.sen, l]),
    );
    // Entities first, in one write: awaiting inside the loop below would let the transaction commit early.
    const entities = new Map<string, string>();
    for (const e of await database.entities.toArray()) entities.set(entityMatchKey(e.name), e.id);
    const created: EntityRow[] = [];
    for (const item of items) {
      if (existing.has(item.sen) || entities.has(entityMatchKey(item.entity))) continue;
      const row = entityFromConex(item.entity, item.country, { id: newId(), stamp });
      created.push(row);
      entities.set(entityMatchKey(item.entity), row.id);
    }
    if (created.length) await database.entities.bulkAdd(created);
    const rows: License[] = [];
    const applied: string[] = [];
    for (const item of items) {
      const local = existing.get(item.sen);
      const server = { licensee: item.licensee, ...(item.purchaseDate ? { purchaseDate: item.purchaseDate } : {}), updatedAt: stamp };
      let row: License;
      let pending = false;
      if (!local) {
        row = {
          id: newId(),
          sen: item.sen,
          ...keyFields(item),
          ...server,
          entityId: entities.get(entityMatchKey(item.entity)) ?? '',
          createdAt: stamp,
        };
        pending = true;
      } else if (local.key === item.key) {
        row = { ...local, ...keyFields(item), ...server };
        applied.push(item.sen);
      } else if (!local.key || Date.parse(item.issued) > Date.parse(local.issued)) {
        row = local.key ? { ...local, ...server } : { ...local, ...keyFields(item), ...server };
        pending = true;
      } else {
        row = { ...local, ...server };
      }
      const checked = licenseSchema.safeParse(row);
      if (!checked.success) {
        report.skipped.push(item.sen);
        continue;
      }
      rows.push(row);
      if (local) report.updated++;
      else report.created++;
      if (pending) report.newKeys.push({ sen: item.sen, licenseId: row.id, key: item.key, issued: item.issued, detectedAt: stamp });
    }
    await database.licenses.bulkPut(rows);
    const waiting = await waitingContactChanges(
      database,
      items.map((l) => l.sen),
    );
    await database.licenseContacts.bulkPut(
      items.map((l) => ({ sen: l.sen, contacts: contactsToKeep(l.contacts, waiting.get(l.sen)), updatedAt: stamp })),
    );
    if (applied.length) await database.pendingKeys.bulkDelete(applied);
    if (report.newKeys.length) await database.pendingKeys.bulkPut(report.newKeys);
  });
  return report;
}

/** The contact changes of these licenses still waiting in the outbox to be sent, by SEN, in the order they were made. */
async function waitingContactChanges(database: ConexDb, sens: readonly string[]): Promise<Map<string, ContactChange[]>> {
  const rows = await database.outbox
    .where('objectId')
    .anyOf(sens.map((sen) => `license:${sen}`))
    .sortBy('seq');
  const bySen = new Map<string, ContactChange[]>();
  // A row set aside is never sent: Conex will not hear of it, so the list does not pretend it will.
  for (const { change, setAside } of rows)
    if (!setAside && isContactChange(change)) bySen.set(change.sen, [...(bySen.get(change.sen) ?? []), change]);
  return bySen;
}

/** The server's contacts, with what was changed here and not yet sent still applied (R-ACC-2, R-ACC-3). */
function contactsToKeep(server: ApiContact[], waiting: readonly ContactChange[] | undefined): ApiContact[] {
  return waiting ? withPendingContactChanges(server, waiting) : server;
}

/** Stores a page of paid orders (R-PAY-2) as the server sent them. */
export async function applyRemoteOrders(database: ConexDb, items: readonly ApiOrder[]): Promise<void> {
  await database.orders.bulkPut([...items]);
}

/** Keeps the price book the Conex API sent: quotes are priced from it from now on (R-PRICE-1). */
export async function savePriceBook(database: ConexDb, book: PriceBook): Promise<void> {
  await database.meta.put({ key: PRICE_BOOK_META_KEY, value: book });
}
