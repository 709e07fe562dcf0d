import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupBody, canonicalTable } from './format';
import { portableValue } from './portable';

const header = { createdAt: '2026-12-05T10:00:00.000Z', appVersion: '1.2.3', schemaVersion: 9 };

/** The body as the definition says: canonical JSON of the whole envelope with every table in it. */
function whole(tables: Record<string, unknown[]>): string {
  return canonicalJson({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...header, tables }, portableValue);
}

describe("a backup's body put together table by table", () => {
  it('is exactly the canonical JSON of the whole body, for any tables (property)', () => {
    const name = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('licenses', 'quotes', 'a', 'Z', '0', '12', 'tables'));
    const record = fc.dictionary(
      fc.string({ maxLength: 6 }),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.date({ noInvalidDate: true }), fc.uint8Array({ maxLength: 8 })),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(fc.dictionary(name, fc.array(record, { maxLength: 4 }), { maxKeys: 5 }), (tables) => {
        const texts = Object.fromEntries(Object.entries(tables).map(([n, rows]) => [n, canonicalTable(rows)]));
        expect(backupBody(header, texts)).toBe(whole(tables));
      }),
      { numRuns: 300 },
    );
  });

  it('holds the tables in sorted order whatever order they were written in', () => {
    const texts = { quotes: '[]', entities: '[{"a":1}]', licenses: '[]' };
    expect(backupBody(header, texts)).toBe(whole({ licenses: [], quotes: [], entities: [{ a: 1 }] }));
    expect(backupBody(header, texts)).toMatch(/"tables":\{"entities":\[\{"a":1\}\],"licenses":\[\],"quotes":\[\]\}\}$/);
  });
});
