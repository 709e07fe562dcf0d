import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { licenseSchema } from '../license';
import { canonicalJson } from './canonical';
import { BACKUP_FORMAT_VERSION, writeBackupFile } from './format';
import { fromPortable, toPortable } from './portable';
import { readBackupFile, type ReadRules } from './read';

const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const license = {
  id: 'lic-1',
  sen: 'SEN-00000001',
  product: 'conex-books',
  deployment: 'server',
  tier: 'Professional',
  type: 'academic',
  entityId: 'ent-1',
  serverId: 'SRV-1',
  licensee: 'Université d’Alger — Bibliothèque',
  issued: '2026-01-10T09:00:00.000Z',
  maintenanceStart: '2026-01-10',
  maintenanceEnd: '2027-01-10',
  majorVersion: 9,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
};
const rules: ReadRules = {
  tables: {
    licenses: { primaryKey: 'id', schema: licenseSchema },
    settings: { primaryKey: 'key', schema: z.looseObject({ key: z.string() }), leaveOut: (row) => row.key === 'apiUrl' },
    quotes: { primaryKey: 'id', schema: z.looseObject({ id: z.string() }) },
  },
  leftOut: ['outbox'],
};
const contents = {
  createdAt: '2026-11-25T10:00:00.000Z',
  appVersion: '1.2.3',
  schemaVersion: 5,
  tables: {
    licenses: [license, { ...license, id: 'lic-2', sen: 'SEN-00000002' }],
    settings: [{ key: 'theme', value: 'dark' }],
    quotes: [{ id: 'q-1', pdf: new Uint8Array([0, 1, 254, 255]), sentAt: new Date('2026-02-01T08:00:00Z') }],
  },
};

async function refused(input: string | Uint8Array) {
  const result = await readBackupFile(input, sha256, rules);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('backup file format (R-ACC-4)', () => {
  it('a written backup reads back with every record equal, dates and bytes included', async () => {
    const text = await writeBackupFile(contents, sha256);
    const result = await readBackupFile(text, sha256, rules);
    expect(result).toEqual({ ok: true, value: { ...contents, formatVersion: BACKUP_FORMAT_VERSION, leftOut: {} } });
  });

  it('reads the file from its bytes as well as from text', async () => {
    const text = await writeBackupFile(contents, sha256);
    const result = await readBackupFile(new TextEncoder().encode(text), sha256, rules);
    expect(result.ok && result.value.tables.licenses).toEqual(contents.tables.licenses);
  });

  it('the same records give the same file whatever the order of their keys', async () => {
    const reordered = {
      ...contents,
      tables: { ...contents.tables, licenses: contents.tables.licenses.map((l) => Object.fromEntries(Object.entries(l).reverse())) },
    };
    expect(await writeBackupFile(reordered, sha256)).toBe(await writeBackupFile(contents, sha256));
  });

  it('a truncated file is refused as incomplete', async () => {
    const text = await writeBackupFile(contents, sha256);
    for (const cut of [text.length - 1, Math.floor(text.length / 2), 120]) {
      expect((await refused(text.slice(0, cut))).code).toBe('backup.truncated');
    }
  });

  it('a file that is not a backup is refused: other JSON, plain text, binary data, an empty file', async () => {
    expect((await refused('{"licenses": []}')).code).toBe('backup.notBackup');
    expect((await refused('[1, 2, 3]')).code).toBe('backup.notBackup');
    expect((await refused('SEN,product\nSEN-00000001,conex-books')).code).toBe('backup.notBackup');
    expect((await refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]))).code).toBe('backup.notBackup');
    expect((await refused('')).code).toBe('backup.notBackup');
  });

  it('a backup from a newer format version is refused, naming both versions', async () => {
    const text = (await writeBackupFile(contents, sha256)).replace('"formatVersion":1', '"formatVersion":2');
    expect(await refused(text)).toMatchObject({ code: 'backup.newerVersion', params: { version: 2, supported: 1 } });
  });

  it('a file edited by hand fails its checksum', async () => {
    const text = await writeBackupFile(contents, sha256);
    expect((await refused(text.replace('"maintenanceEnd":"2027-01-10"', '"maintenanceEnd":"2029-01-10"'))).code).toBe(
      'backup.checksumMismatch',
    );
    expect((await refused(text.replace('"value":"dark"', '"value":"light"'))).code).toBe('backup.checksumMismatch');
    // Adding a record changes the checksum too.
    expect((await refused(text.replace('"settings":[', '"settings":[{"key":"x","value":1},'))).code).toBe('backup.checksumMismatch');
  });

  it('a checksum that is not a SHA-256 makes the file damaged', async () => {
    const text = (await writeBackupFile(contents, sha256)).replace(/"value":"[0-9a-f]{64}"/, '"value":"abc"');
    expect(await refused(text)).toMatchObject({ code: 'backup.damaged', params: { path: 'checksum.value' } });
  });

  it('a record that does not validate is refused, naming the table, the record and the field', async () => {
    const bad = {
      ...contents,
      tables: { ...contents.tables, licenses: [license, { ...license, id: 'lic-2', sen: 'SEN-2', maintenanceEnd: '2027-13-45' }] },
    };
    expect(await refused(await writeBackupFile(bad, sha256))).toMatchObject({
      code: 'backup.recordInvalid',
      params: { table: 'licenses', record: 2, path: 'sen' },
    });
  });

  it('records without their key, or with the same key twice, are refused', async () => {
    const missing = { ...contents, tables: { quotes: [{ id: 'q-1' }, { total: 3 }] } };
    expect(await refused(await writeBackupFile(missing, sha256))).toMatchObject({
      code: 'backup.recordInvalid',
      params: { table: 'quotes', record: 2, path: 'id' },
    });
    const twice = { ...contents, tables: { quotes: [{ id: 'q-1' }, { id: 'q-1' }] } };
    expect(await refused(await writeBackupFile(twice, sha256))).toMatchObject({
      code: 'backup.recordInvalid',
      params: { detail: 'duplicate key' },
    });
  });

  it('a table this app does not know is refused, naming it', async () => {
    const newer = { ...contents, schemaVersion: 9, tables: { ...contents.tables, syncQueue: [{ id: 's-1' }] } };
    expect(await refused(await writeBackupFile(newer, sha256))).toMatchObject({
      code: 'backup.unknownTable',
      params: { table: 'syncQueue' },
    });
  });

  it('a table a restore never writes is skipped and counted, whatever it holds; so are rows that belong to one computer', async () => {
    const older = {
      ...contents,
      tables: {
        ...contents.tables,
        outbox: [{ anything: 'at all' }, 42],
        settings: [...contents.tables.settings, { key: 'apiUrl', value: 'https://elsewhere.example' }],
      },
    };
    const result = await readBackupFile(await writeBackupFile(older, sha256), sha256, rules);
    expect(result.ok && result.value.leftOut).toEqual({ outbox: 2, settings: 1 });
    expect(result.ok && result.value.tables).not.toHaveProperty('outbox');
    expect(result.ok && result.value.tables.settings).toEqual([{ key: 'theme', value: 'dark' }]);
  });

  it('a backup holding only some tables reads (an older app had fewer)', async () => {
    const older = { ...contents, schemaVersion: 3, tables: { licenses: [license] } };
    const result = await readBackupFile(await writeBackupFile(older, sha256), sha256, rules);
    expect(result.ok && Object.keys(result.value.tables)).toEqual(['licenses']);
  });
});

describe('portable values', () => {
  it('refuses values JSON would silently empty (a Map, a class instance): a bug, never a quiet loss', () => {
    expect(() => toPortable({ id: 'x', tags: new Map([['a', 1]]) })).toThrow(/Map/);
    class Money {
      amount = 1;
    }
    expect(() => toPortable([new Money()])).toThrow(/Money/);
    expect(toPortable(Object.assign(Object.create(null) as object, { a: 1 }))).toEqual({ a: 1 });
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"z":1}]},"b":1}');
  });

  it('parsing canonical JSON and canonicalising again gives the same text (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('dates and bytes survive the portable encoding (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.date({ noInvalidDate: true }), (bytes, date) => {
        const value = { bytes, nested: [{ date }], buffer: bytes.slice().buffer };
        const back = fromPortable(JSON.parse(canonicalJson(toPortable(value))));
        expect(back).toEqual(value);
      }),
    );
  });
});
