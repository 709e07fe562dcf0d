import { decodeBase64Url, encodeBase64Url } from '../keys/base64url';
import { convertDeep } from './canonical';

/**
 * Values IndexedDB stores that JSON cannot hold (dates, bytes) are written as
 * tagged objects and read back as what they were, so a restore gives back
 * records equal to the ones backed up.
 */
const TAG = '$conex';

type Tagged = { [TAG]: 'date'; iso: string } | { [TAG]: 'bytes'; base64url: string; arrayBuffer?: true };

/** A JSON-safe copy of a stored value. */
export function toPortable(value: unknown): unknown {
  return convertDeep(value, portableValue);
}

/**
 * One object as JSON can hold it: a date or bytes as their tagged object; an array or a plain object as it is (its
 * contents are the caller's to walk). Anything else (a Blob, a Map, a class instance) would turn into {} in JSON:
 * losing it silently is worse than failing loudly.
 */
export function portableValue(value: object): unknown {
  if (value instanceof Date) return { [TAG]: 'date', iso: value.toISOString() } satisfies Tagged;
  if (value instanceof ArrayBuffer)
    return { [TAG]: 'bytes', base64url: encodeBase64Url(new Uint8Array(value)), arrayBuffer: true } satisfies Tagged;
  // Any typed array comes back as a Uint8Array of the same bytes.
  if (ArrayBuffer.isView(value))
    return {
      [TAG]: 'bytes',
      base64url: encodeBase64Url(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
    } satisfies Tagged;
  if (Array.isArray(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`A backup cannot hold a ${(value as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain'} value`);
  return value;
}

/**
 * The stored value a portable one stands for; a tag that does not decode is left as it is (record validation then refuses it).
 * Parts with nothing to decode come back as they are, not copied: a restore or a backup's check reads 10,000 records
 * made by JSON.parse, most with no date or bytes in them, and copying each cost about as much as the rest of the check.
 */
export function fromPortable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const decoded = fromPortable(item);
      if (decoded !== item) (out ??= value.slice())[i] = decoded;
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  if (record[TAG] === 'date' && typeof record.iso === 'string') {
    const date = new Date(record.iso);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (record[TAG] === 'bytes' && typeof record.base64url === 'string') {
    const bytes = decodeBase64Url(record.base64url);
    if (bytes) return record.arrayBuffer === true ? bytes.buffer : bytes;
  }
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(record)) {
    const v = record[k];
    const decoded = fromPortable(v);
    if (decoded === v) continue;
    // A copy made as JSON.parse makes objects: every key an own property, "__proto__" included.
    out ??= Object.fromEntries(Object.entries(record));
    Object.defineProperty(out, k, { value: decoded, enumerable: true, writable: true, configurable: true });
  }
  return out ?? record;
}
