import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../shared/keys/base64url';
import { decodeBase64UrlNative } from './base64url';

const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];

describe('the command line’s native base64url decoder gives the shared decoder’s answers', () => {
  it('for any text of base64 characters, padding, spaces and non-ASCII', () => {
    const unit = fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom('=', '+', '/', ' ', '\n', '\u00c1', '\u0141', '.'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
        const native = decodeBase64UrlNative(text);
        const shared = decodeBase64Url(text);
        expect(native === undefined ? undefined : new Uint8Array(native)).toEqual(shared);
      }),
      { numRuns: 3000 },
    );
  });

  it('for every encoding of random bytes, and each one with its last character changed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), fc.constantFrom(...alphabet), (bytes, last) => {
        const text = encodeBase64Url(bytes);
        expect(new Uint8Array(decodeBase64UrlNative(text)!)).toEqual(bytes);
        const changed = text.slice(0, -1) + last;
        const shared = decodeBase64Url(changed);
        expect(decodeBase64UrlNative(changed) === undefined).toBe(shared === undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what Node alone would accept', () => {
    for (const bad of ['QQ==', 'QR', 'QUJ', 'a+b/', 'ab cd', 'abcde', 'QUJ\u00c1']) expect(decodeBase64UrlNative(bad), bad).toBeUndefined();
  });
});
