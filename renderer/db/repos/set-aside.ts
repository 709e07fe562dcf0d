import type { ZodType } from 'zod';
import { licenseSchema } from '../../../shared/license';
import { quoteSchema } from '../../../shared/quote';
import type { ConexDb, SetAsideRow } from '../database';

/** The tables whose records are checked, with the schema each record must pass. */
const CHECKED: Readonly<Record<SetAsideRow['table'], ZodType>> = { quotes: quoteSchema, licenses: licenseSchema };

/**
 * Moves every stored quote and license that no longer parses into `setAside`,
 * in one transaction (moved, never lost nor duplicated), and returns how many
 * per table. The rest of the app can then trust what it reads.
 */
export async function setAsideUnparseable(database: ConexDb, now: Date): Promise<Record<SetAsideRow['table'], number>> {
  const moved: Record<SetAsideRow['table'], number> = { quotes: 0, licenses: 0 };
  await database.transaction('rw', [database.quotes, database.licenses, database.setAside], async () => {
    for (const table of Object.keys(CHECKED) as SetAsideRow['table'][]) {
      const source = database.table(table);
      const rows = (await source.toArray()) as Record<string, unknown>[];
      const bad: SetAsideRow[] = [];
      for (const row of rows) {
        const parsed = CHECKED[table].safeParse(row);
        if (parsed.success) continue;
        const issue = parsed.error.issues[0];
        const key = String(row.id);
        const reason = `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
        bad.push({ id: `${table}:${key}`, table, key, row, reason, setAsideAt: now.toISOString() });
      }
      if (bad.length === 0) continue;
      await database.setAside.bulkPut(bad);
      await source.bulkDelete(bad.map((b) => b.key));
      moved[table] = bad.length;
    }
  });
  return moved;
}

/** The records kept aside, oldest first. */
export function listSetAside(database: ConexDb): Promise<SetAsideRow[]> {
  return database.setAside.orderBy('setAsideAt').toArray();
}

/** Deletes a record kept aside, for good (the user chose to). */
export async function deleteSetAside(database: ConexDb, id: string): Promise<void> {
  await database.setAside.delete(id);
}
