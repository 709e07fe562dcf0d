import { describe, expect, it } from 'vitest';
import { makeKeyRequest, readKeyRequest, writeKeyRequest } from './key-request';
import { splitKeyBlocks, writeKeysFile } from './keys-file';
import { armourKey } from './normalize';

const key = 'CX1.eyJraWQiOiJjb25leC0yMDI2In0.' + 'A'.repeat(85) + 'w';

describe('license keys file', () => {
  it('writes one armoured block per key after a comment naming its SEN and entity, and reads the blocks back with their lines', () => {
    const text = writeKeysFile([
      { canonical: key, sen: 'SEN-00000001', entity: 'Main\nLibrary' },
      { canonical: key, sen: 'SEN-00000002', entity: 'Law' },
    ]);
    expect(text).toContain('# SEN-00000001 · Main Library\n-----BEGIN CONEX LICENSE-----\n');
    const blocks = splitKeyBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual([key, key]);
    expect(blocks.map((b) => b.line)).toEqual([4, 10]);
  });

  it('a text with no armour is one pasted key; comments and blank text hold none', () => {
    expect(splitKeyBlocks(`# note\n"${key}"\n`)).toEqual([{ text: `"${key}"\n`, line: 2 }]);
    expect(splitKeyBlocks('# only a comment\n\n')).toEqual([]);
  });

  it('a block cut short keeps its text, so the key check calls it truncated', () => {
    const cut = armourKey(key).split('\n').slice(0, 2).join('\n');
    expect(splitKeyBlocks(cut)).toEqual([{ text: key.slice(0, 64), line: 1 }]);
  });
});

describe('key request', () => {
  const now = new Date('2026-12-04T10:00:00Z');

  it('writes and reads back a request for a server, with SEN and entity', () => {
    const made = makeKeyRequest({ serverId: ' BX7Q-2M4K-9PLD-T3RW ', sen: 'sen-12345678', entity: 'Main Library' }, now);
    expect(made).toEqual({
      ok: true,
      value: {
        format: 'conex-key-request',
        version: 1,
        serverId: 'BX7Q-2M4K-9PLD-T3RW',
        sen: 'SEN-12345678',
        entity: 'Main Library',
        createdAt: now.toISOString(),
      },
    });
    if (made.ok) expect(readKeyRequest(writeKeyRequest(made.value))).toEqual(made);
  });

  it('names a malformed server ID or SEN; anything else is not a request', () => {
    expect(makeKeyRequest({ serverId: 'a b' }, now)).toMatchObject({
      ok: false,
      error: { code: 'serverId', messageKey: 'keys:request.errors.serverId' },
    });
    expect(makeKeyRequest({ serverId: 'X', sen: '123' }, now)).toMatchObject({ ok: false, error: { code: 'sen' } });
    expect(
      readKeyRequest('{"format":"conex-key-request","version":1,"serverId":"bad id","createdAt":"2026-12-04T10:00:00Z"}'),
    ).toMatchObject({ ok: false, error: { code: 'serverId' } });
    expect(readKeyRequest('not json')).toMatchObject({ ok: false, error: { code: 'notRequest' } });
    expect(readKeyRequest('{"a":1}')).toMatchObject({ ok: false, error: { code: 'notRequest' } });
  });
});
