/**
 * Canonical JSON: object keys sorted, `undefined` properties left out, no
 * whitespace. The same records always give the same text, so a checksum over it
 * does not depend on the order a store or a parser returns keys in.
 *
 * How: a copy of the value whose objects hold their keys in sorted order, then
 * the engine's own JSON.stringify, which writes keys in insertion order. Writing
 * the text piece by piece in JavaScript (`canonicalJsonByHand`, still the
 * reference) cost about five times JSON.stringify on a backup of 10,000
 * licenses; the copy costs about what a backup's portable copy already did, and
 * takes its place (`convert`).
 */
export function canonicalJson(value: unknown, convert?: Convert): string {
  const copy = sortedCopy(value, convert);
  if (copy === UNORDERED) return canonicalJsonByHand(convert ? convertDeep(value, convert) : value);
  return JSON.stringify(copy) ?? 'null';
}

/** Turns an object that JSON cannot hold as it is (a Date, bytes) into one it can; called before the object is copied. */
export type Convert = (value: object) => unknown;

/** A copy cannot keep sorted order: the object has integer-like keys, which engines always enumerate first, in numeric order. */
const UNORDERED = Symbol('unordered');

function sortedCopy(value: unknown, convert: Convert | undefined): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? null : value;
  const converted = convert ? convert(value) : value;
  if (converted !== value) return sortedCopy(converted, undefined);
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = sortedCopy(value[i], convert);
      if (item === UNORDERED) return UNORDERED;
      out[i] = item;
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (isIndexLike(key)) return UNORDERED;
    const copied = sortedCopy(item, convert);
    if (copied === UNORDERED) return UNORDERED;
    // '__proto__' assigned would set the copy's prototype instead of a property.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
    else out[key] = copied;
  }
  return out;
}

/** An array index as a property name ("0", "42"): such keys are enumerated before all others, whatever the insertion order. */
function isIndexLike(key: string): boolean {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

/** A copy of `value` with `convert` applied to every object in it, outermost first (what it returns is not walked again). */
export function convertDeep(value: unknown, convert: Convert): unknown {
  if (value === null || typeof value !== 'object') return value;
  const converted = convert(value);
  if (converted !== value) return converted;
  if (Array.isArray(value)) return value.map((item) => convertDeep(item, convert));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copied = convertDeep((value as Record<string, unknown>)[key], convert);
    Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The definition, written out piece by piece: the reference the fast path is tested against, and its fallback. */
export function canonicalJsonByHand(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives undefined for undefined and functions; JSON arrays hold null there.
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i], out);
    }
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  out.push('{');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0) out.push(',');
    out.push(JSON.stringify(key), ':');
    write(record[key], out);
  }
  out.push('}');
}
