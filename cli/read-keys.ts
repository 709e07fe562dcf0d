import type { Result } from '../shared/errors';
import type { KeyError } from '../shared/keys/key-errors';
import { splitKeyBlocks, type KeyBlock } from '../shared/keys/keys-file';
import { verifyKey, verifyKeySync, type VerifiedKey } from '../shared/keys/verify';
import { decodeBase64UrlNative } from './base64url';
import type { Context } from './context';

/** One key of a file and what the check found. */
export type CheckedKey =
  | { readonly ok: true; readonly index: number; readonly line: number; readonly key: VerifiedKey }
  | { readonly ok: false; readonly index: number; readonly line: number; readonly error: KeyError };

/** Verifies every key a text holds, each on its own (a bad one never hides the others), all at once on the thread pool. */
export function checkKeys(text: string, ctx: Pick<Context, 'trustedKeys' | 'poolVerifier'>): Promise<CheckedKey[]> {
  const options = { trustedKeys: ctx.trustedKeys, verifier: ctx.poolVerifier, decodeBase64Url: decodeBase64UrlNative };
  return Promise.all(splitKeyBlocks(text).map(async (block, i) => checked(await verifyKey(block.text, options), i + 1, block)));
}

/**
 * Verifies one key block of a file, the `index`-th (from 1). A command that
 * prints every key checks them one at a time with this, and prints each as it
 * goes: what a key needs while it is read stays short-lived, where holding
 * every key's result until the end made the garbage collector copy them all.
 */
export function checkKey(block: KeyBlock, index: number, ctx: Pick<Context, 'trustedKeys' | 'verifier'>): CheckedKey {
  return checked(
    verifyKeySync(block.text, { trustedKeys: ctx.trustedKeys, verifier: ctx.verifier, decodeBase64Url: decodeBase64UrlNative }),
    index,
    block,
  );
}

function checked(result: Result<VerifiedKey, KeyError>, index: number, block: KeyBlock): CheckedKey {
  return result.ok ? { ok: true, index, line: block.line, key: result.value } : { ok: false, index, line: block.line, error: result.error };
}

/** The line that names a refused key: where it is and the app's own message for why. */
export function refusedLine(ctx: Pick<Context, 't'>, file: string, key: Extract<CheckedKey, { ok: false }>): string {
  const where = ctx.t('cli:key.where', { file, index: key.index, line: key.line });
  return ctx.t('cli:key.refused', { where, message: ctx.t(key.error.messageKey, key.error.params) });
}
