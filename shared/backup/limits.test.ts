import { createHash } from 'node:crypto';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './format';
import { BACKUP_LIMITS } from './limits';
import { readBackupFile, type ReadRules } from './read';

const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const rules: ReadRules = {
  tables: { notes: { primaryKey: 'id', schema: z.looseObject({ id: z.string() }) } },
  leftOut: [],
};

/** A file with a valid checksum around any tables, written without the app's writer (which would refuse or drop what these hold). */
async function sealed(tables: string): Promise<string> {
  const body = `{"appVersion":"1.0.0","createdAt":"2026-11-25T10:00:00.000Z","format":"${BACKUP_FORMAT}","formatVersion":${BACKUP_FORMAT_VERSION},"schemaVersion":8,"tables":${tables}}`;
  const canonical = canonicalJson(JSON.parse(body));
  return `${canonical.slice(0, -1)},"checksum":{"algorithm":"SHA-256","value":"${await sha256(canonical)}"}}`;
}

async function refusal(text: string | Uint8Array) {
  const result = await readBackupFile(text, sha256, rules);
  return result.ok ? undefined : result.error;
}

describe('fixed limits on a backup file (issue 14)', () => {
  it('nesting a million levels deep is refused, without a stack overflow', async () => {
    const depth = 1_000_000;
    const text = await sealed('{"notes":[{"id":"n1","deep":[]}]}');
    const deep = text.replace('"deep":[]', `"deep":${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(await refusal(deep)).toMatchObject({ code: 'backup.tooDeep', params: { limit: BACKUP_LIMITS.depth } });
  });

  it('nesting just past the limit is refused, and just within it is read', async () => {
    // The record sits 3 levels below the root (file, tables, table): its own nesting counts from there.
    const nest = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const within = await sealed(`{"notes":[{"id":"n1","x":${nest(BACKUP_LIMITS.depth - 5)}}]}`);
    expect((await readBackupFile(within, sha256, rules)).ok).toBe(true);
    const beyond = await sealed(`{"notes":[{"id":"n1","x":${nest(BACKUP_LIMITS.depth - 3)}}]}`);
    expect(await refusal(beyond)).toMatchObject({ code: 'backup.tooDeep' });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a record holding a "%s" key is refused, naming it', async (key) => {
    const text = await sealed(`{"notes":[{"id":"n1","nested":{"${key}":{"polluted":true}}}]}`);
    expect(await refusal(text)).toMatchObject({ code: 'backup.forbiddenKey', params: { key } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file above the size limit is refused before it is parsed', async () => {
    const big = new Uint8Array(BACKUP_LIMITS.fileBytes + 1);
    expect(await refusal(big)).toMatchObject({ code: 'backup.tooLarge', params: { limit: 100 } });
  });

  it('a record above the size limit is refused, naming its table and place', async () => {
    const text = await sealed(`{"notes":[{"id":"n1"},{"id":"n2","text":"${'x'.repeat(BACKUP_LIMITS.recordChars)}"}]}`);
    expect(await refusal(text)).toMatchObject({ code: 'backup.recordTooLarge', params: { table: 'notes', record: 2, limit: 1 } });
  });
});
