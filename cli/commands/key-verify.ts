import { splitKeyBlocks } from '../../shared/keys/keys-file';
import { bundledVersions } from '../catalogue';
import { failure, type Context, type Outcome } from '../context';
import { licenseDescriber } from '../describe';
import { inputProblemLine } from '../licenses';
import { readInput } from '../input';
import { checkKey, refusedLine } from '../read-keys';
import { jsonPrinter, textPrinter } from './key-verify-print';

/** Exit codes of `key verify`: every key genuine, or something refused or unreadable. */
export const VERIFY_EXIT = { genuine: 0, refused: 2 } as const;

/**
 * `conex key verify [FILE|-]`: every key of the input checked offline, its fields and status printed; refused keys on
 * standard error. Each key is checked, described and printed before the next is read, so nothing of a key outlives
 * it but its text.
 */
export async function keyVerify(file: string, ctx: Context): Promise<Outcome> {
  const name = file === '-' ? ctx.t('cli:files.stdin') : file;
  const input = await readInput(file, ctx.stdin);
  if (!input.ok) return failure(inputProblemLine(ctx, name, input.problem), VERIFY_EXIT.refused);
  const blocks = splitKeyBlocks(input.text);
  if (blocks.length === 0) return failure(ctx.t('cli:files.noKeys', { file: name }), VERIFY_EXIT.refused);
  const describe = licenseDescriber(ctx, bundledVersions());
  const printer = (ctx.json ? jsonPrinter : textPrinter)(ctx, name, blocks.length);
  let stderr = '';
  for (let i = 0; i < blocks.length; i++) {
    const key = checkKey(blocks[i]!, i + 1, ctx);
    if (key.ok) {
      printer.genuine(key, describe(key.key.payload));
    } else {
      printer.refused(key);
      stderr += `${refusedLine(ctx, name, key)}\n`;
    }
  }
  const { stdout, genuine } = printer.end();
  return { stdout, stderr, code: genuine === blocks.length ? VERIFY_EXIT.genuine : VERIFY_EXIT.refused };
}
