import { err, ok, type Result } from '../errors';
import { backupError, type BackupError } from './errors';

/**
 * Fixed limits a backup file must stay within. A real store is far below them
 * (10,000 licenses and 1,000 quotes make a file of a few megabytes; the deepest
 * record, a quote, reaches 7 levels below the file's root); a file beyond them is refused
 * before its checksum or records are looked at, so it can neither exhaust
 * memory nor the stack of the recursive steps that follow.
 */
export const BACKUP_LIMITS = {
  /** The whole file, in bytes (UTF-8). */
  fileBytes: 100 * 1024 * 1024,
  /** One record, in characters of its JSON. */
  recordChars: 1024 * 1024,
  /** Objects and arrays inside one another, counted from the file's root. */
  depth: 16,
} as const;

/** Keys that would reach an object's prototype when copied: never in a record of this app. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks a parsed file without recursion (a hostile file may nest a million
 * levels) and refuses nesting beyond the limit and keys that name a prototype.
 */
export function checkStructure(root: unknown): Result<true, BackupError> {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= BACKUP_LIMITS.depth) return err(backupError('backup.tooDeep', { limit: BACKUP_LIMITS.depth }));
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return err(backupError('backup.forbiddenKey', { key }));
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return ok(true);
}

/** Megabytes, for messages. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
