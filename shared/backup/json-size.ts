/**
 * Whether `JSON.stringify(value)` is at most `limit` characters, without writing it when a cheap upper bound already
 * says so: a backup's check and a restore ask this of every record, and writing 10,000 records out again only to
 * count their characters was a fifth of the check. The bound walks the value once: a string can grow to six
 * characters per character (`\u001f`), a number takes at most 24 (`-1.7976931348623157e+308`). Only a value whose
 * bound passes the limit is written out and counted exactly.
 */
export function jsonLengthAtMost(value: unknown, limit: number): boolean {
  if (lengthBound(value, limit) <= limit) return true;
  return (JSON.stringify(value)?.length ?? 0) <= limit;
}

/** An upper bound on the JSON length of `value`; stops adding once past `limit` (the answer is then only "too long"). */
function lengthBound(value: unknown, limit: number): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return 2 + 6 * value.length;
    case 'number':
      return 24;
    case 'boolean':
      return 5;
    case 'object':
      break;
    default:
      // A function, symbol or bigint: JSON.stringify drops, nulls or refuses it; let the exact count decide.
      return Number.POSITIVE_INFINITY;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return Number.POSITIVE_INFINITY;
  let total = 2;
  if (Array.isArray(value)) {
    for (const item of value) {
      total += lengthBound(item, limit) + 1;
      if (total > limit) return total;
    }
    return total;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    total += 2 + 6 * key.length + 1 + lengthBound(record[key], limit) + 1;
    if (total > limit) return total;
  }
  return total;
}
