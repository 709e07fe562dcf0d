/**
 * Strict base64url (RFC 4648 §5, no padding). Decoding accepts only the
 * canonical encoding of some byte string: the unused low bits of the last
 * character must be zero. Without that, two different texts would decode to
 * the same bytes, and a changed last character of a key could still verify.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Encodes bytes as base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Decodes canonical unpadded base64url; undefined for any other text. */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  const tail = text.length % 4;
  if (tail === 1) return undefined;
  const whole = text.length - tail;
  const out = new Uint8Array((whole / 4) * 3 + (tail === 0 ? 0 : tail - 1));
  // Checked once at the end, not per character: a key's payload is hundreds of characters, and a file holds a thousand
  // keys, decoded before the JIT has warmed up. `codes` is above 127 if any code is (a table index keeps 7 bits only);
  // `values` is negative if any character is outside the alphabet.
  let codes = 0;
  let values = 0;
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    codes |= a | b | c | d;
    const n = (VALUES[a & 127]! << 18) | (VALUES[b & 127]! << 12) | (VALUES[c & 127]! << 6) | VALUES[d & 127]!;
    values |= n;
    // A Uint8Array keeps the low 8 bits of what it is given.
    out[o] = n >> 16;
    out[o + 1] = n >> 8;
    out[o + 2] = n;
    o += 3;
  }
  if (codes > 127 || values < 0) return undefined;
  if (tail === 0) return out;
  const a = digit(text, whole);
  const b = digit(text, whole + 1);
  const c = tail === 3 ? digit(text, whole + 2) : 0;
  if ((a | b | c) < 0) return undefined;
  const n = (a << 18) | (b << 12) | (c << 6);
  // The bits past the last whole byte belong to no byte: a canonical encoder leaves them zero.
  if ((tail === 2 ? n & 0xffff : n & 0xff) !== 0) return undefined;
  out[o++] = n >> 16;
  if (tail === 3) out[o] = (n >> 8) & 0xff;
  return out;
}

function digit(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? VALUES[code]! : -1;
}
