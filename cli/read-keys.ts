import type { KeyError } from '../shared/keys/key-errors';
import { splitKeyBlocks } from '../shared/keys/keys-file';
import { verifyKey, type VerifiedKey } from '../shared/keys/verify';
import type { Context } from './context';

/** One key of a file and what the check found. */
export type CheckedKey =
  | { readonly ok: true; readonly index: number; readonly line: number; readonly key: VerifiedKey }
  | { readonly ok: false; readonly index: number; readonly line: number; readonly error: KeyError };

/**
 * Verifies every key a text holds, one after another, each on its own (a bad
 * one never hides the others). One at a time keeps what a key needs while it
 * is read short-lived: checked all at once, every key's text, bytes and
 * pending verification stayed alive together, and the garbage collector's
 * copying of them cost more than the verifications.
 */
export async function checkKeys(text: string, ctx: Pick<Context, 'trustedKeys' | 'verifier'>): Promise<CheckedKey[]> {
  const options = { trustedKeys: ctx.trustedKeys, verifier: ctx.verifier };
  const blocks = splitKeyBlocks(text);
  const out: CheckedKey[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const result = await verifyKey(block.text, options);
    out.push(
      result.ok
        ? { ok: true, index: i + 1, line: block.line, key: result.value }
        : { ok: false, index: i + 1, line: block.line, error: result.error },
    );
  }
  return out;
}

/** The line that names a refused key: where it is and the app's own message for why. */
export function refusedLine(ctx: Pick<Context, 't'>, file: string, key: Extract<CheckedKey, { ok: false }>): string {
  const where = ctx.t('cli:key.where', { file, index: key.index, line: key.line });
  return ctx.t('cli:key.refused', { where, message: ctx.t(key.error.messageKey, key.error.params) });
}
