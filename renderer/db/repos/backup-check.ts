import { z } from 'zod';
import { BACKUP_ERROR_CODES, backupError, checkBackupTables, type BackupError } from '../../../shared/backup';
import { rulesFor, type PrimaryKeys } from './backup-records';

/**
 * Checks a backup as it is written, one table's canonical text at a time, as a
 * restore would read it: the records are parsed from the file's own text (not
 * taken from the store), so what is vouched for is exactly what was written.
 * The first record a restore would refuse is kept; later tables are not looked at.
 */
export interface BackupChecker {
  add(table: string, text: string): void;
  verdict(): BackupVerdict;
}

/** Plain data, so that it crosses from a worker as it is. */
export type BackupVerdict = { readonly ok: true } | { readonly ok: false; readonly error: BackupError };

export function backupChecker(primaryKeys: PrimaryKeys, schemaVersion: number): BackupChecker {
  const rules = rulesFor(primaryKeys);
  let verdict: BackupVerdict = { ok: true };
  return {
    add(table, text) {
      if (!verdict.ok) return;
      const records = JSON.parse(text) as unknown[];
      const checked = checkBackupTables({ [table]: records }, rules, schemaVersion, { portable: true });
      if (!checked.ok) verdict = { ok: false, error: checked.error };
    },
    verdict: () => verdict,
  };
}

/**
 * A check worker's side of the conversation, for any number of backups at
 * once: `start`, then each table, then `end`, answered by the verdict with the
 * backup's id. Anything else is ignored; `end` without a start gets no answer
 * (the page then checks on its own).
 */
export function checkWorkerHandler(post: (answer: { id: number; verdict: BackupVerdict }) => void): (data: unknown) => void {
  const checkers = new Map<number, BackupChecker>();
  return (data) => {
    const request = checkRequestSchema.safeParse(data);
    if (!request.success) return;
    const asked = request.data;
    if (asked.kind === 'start') checkers.set(asked.id, backupChecker(asked.primaryKeys as PrimaryKeys, asked.schemaVersion));
    else if (asked.kind === 'table') checkers.get(asked.id)?.add(asked.table, asked.text);
    else {
      const checker = checkers.get(asked.id);
      checkers.delete(asked.id);
      if (checker) post({ id: asked.id, verdict: checker.verdict() });
    }
  };
}

/** What a check worker may be asked, and what it may answer: both cross a thread boundary, so both are checked. */
const id = z.number().int().positive();
export const checkRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), id, primaryKeys: z.record(z.string(), z.string()), schemaVersion: z.number().int().positive() }),
  z.object({ kind: z.literal('table'), id, table: z.string(), text: z.string() }),
  z.object({ kind: z.literal('end'), id }),
]);
export type CheckRequest = z.infer<typeof checkRequestSchema>;

const verdictSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(BACKUP_ERROR_CODES),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  }),
]);

const answerSchema = z.object({ id, verdict: verdictSchema });

/** A worker's answer: which backup, and its verdict with the error rebuilt with this side's message key; undefined for anything else. */
export function answerFrom(data: unknown): { id: number; verdict: BackupVerdict } | undefined {
  const parsed = answerSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { verdict } = parsed.data;
  if (verdict.ok) return { id: parsed.data.id, verdict: { ok: true } };
  return { id: parsed.data.id, verdict: { ok: false, error: backupError(verdict.error.code, verdict.error.params) } };
}
