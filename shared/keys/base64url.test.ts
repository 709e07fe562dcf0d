import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

describe('base64url', () => {
  it('encodes as Node does, without padding, and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it('refuses non-canonical text whose unused last bits are set, so one text maps to one byte string', () => {
    expect(decodeBase64Url('QQ')).toEqual(new Uint8Array([65]));
    expect(decodeBase64Url('QR')).toBeUndefined();
    expect(decodeBase64Url('QUI')).toEqual(new Uint8Array([65, 66]));
    expect(decodeBase64Url('QUJ')).toBeUndefined();
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 40 }),
        (text) => {
          const bytes = decodeBase64Url(text);
          if (bytes) expect(encodeBase64Url(bytes)).toBe(text);
        },
      ),
    );
  });

  it('refuses padding, standard base64 characters, impossible lengths and non-ASCII', () => {
    for (const bad of ['QQ==', 'a+b/', 'abcde', 'ab cd', 'é', 'ab\u0000c']) expect(decodeBase64Url(bad), bad).toBeUndefined();
    // Characters whose low seven bits are those of a letter of the alphabet ('A' is 0x41): Á is 0xC1, Ł is 0x141.
    for (const bad of ['QUJ\u00c1', '\u0141QUJ', 'QUJDQ\u00c1', 'QUJD\u00c1Q']) expect(decodeBase64Url(bad), bad).toBeUndefined();
    expect(decodeBase64Url('')).toEqual(new Uint8Array());
  });

  it('decodes exactly the texts Node would encode, to Node’s bytes, whatever the characters', () => {
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
    const unit = fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom('=', '+', '/', ' ', '\u00c1', '\u0141', '\u00ff'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
        const node = Buffer.from(text, 'base64url');
        const canonical = /^[A-Za-z0-9_-]*$/.test(text) && node.toString('base64url') === text;
        expect(decodeBase64Url(text)).toEqual(canonical ? new Uint8Array(node) : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
