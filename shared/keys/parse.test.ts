import { describe, expect, it } from 'vitest';
import { makeTestKey } from '../../tests/fixtures/keys';
import { parseKeyText, SIGNATURE_CHARS } from './parse';

const key = await makeTestKey();

function code(text: string): string | undefined {
  const r = parseKeyText(text);
  return r.ok ? undefined : r.error.code;
}

describe('parseKeyText', () => {
  it('splits a key into the signed text, payload bytes and a 64-byte signature', () => {
    const r = parseKeyText(`  "${key}"\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.canonical).toBe(key);
    expect(r.value.signedText).toBe(key.slice(0, key.lastIndexOf('.')));
    expect(r.value.signature).toHaveLength(64);
    expect(JSON.parse(new TextDecoder().decode(r.value.payloadBytes))).toMatchObject({ sen: 'SEN-12345678' });
  });

  it('says "empty" for an empty or blank paste', () => {
    expect(code('')).toBe('empty');
    expect(code(' \n\t ')).toBe('empty');
    expect(code('-----BEGIN CONEX LICENSE-----\n-----END CONEX LICENSE-----')).toBe('empty');
  });

  it('says "truncated" for every key cut short, wherever the cut falls', () => {
    for (let length = 1; length < key.length; length++) expect(code(key.slice(0, length)), `cut at ${length}`).toBe('truncated');
  });

  it('says "truncated" for an armoured key whose end was lost', () => {
    expect(code(`-----BEGIN CONEX LICENSE-----\n${key.slice(0, 64)}\n${key.slice(64, 128)}`)).toBe('truncated');
  });

  it.each([
    ['free text', 'hello there'],
    ['another vendor prefix', 'CX2.abc.def'],
    ['a lower-case prefix', key.replace('CX1.', 'cx1.')],
    ['a fourth part', `${key}.abc`],
    ['a signature too long', `${key}A`],
    ['an empty payload', `CX1..${'A'.repeat(SIGNATURE_CHARS)}`],
    ['characters outside base64url', key.replace(/.$/, '!')],
    ['standard base64 characters', key.slice(0, 10) + '+' + key.slice(11)],
    ['a payload of impossible length', `CX1.abcde.${key.split('.')[2]}`],
    ['a huge paste', `CX1.${'A'.repeat(9000)}.${key.split('.')[2]}`],
  ])('says "badFormat" for %s', (_name, text) => {
    expect(code(text)).toBe('badFormat');
  });

  it('says "badFormat" when the last signature character carries bits no byte uses', () => {
    // 86 characters hold 516 bits for 512: the last character has 4 unused bits.
    const last = key.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(code(key.slice(0, -1) + sibling)).toBe('badFormat');
  });
});
