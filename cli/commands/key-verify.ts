import { bundledVersions, productName } from '../catalogue';
import { failure, type Context, type Outcome } from '../context';
import { describeLicenses } from '../describe';
import { inputProblemLine } from '../licenses';
import { readInput } from '../input';
import { checkKeys, refusedLine, type CheckedKey } from '../read-keys';
import { paint } from '../table';

/** Exit codes of `key verify`: every key genuine, or something refused or unreadable. */
export const VERIFY_EXIT = { genuine: 0, refused: 2 } as const;

/** `conex key verify [FILE|-]`: every key of the input checked offline, its fields and status printed; refused keys on standard error. */
export async function keyVerify(file: string, ctx: Context): Promise<Outcome> {
  const name = file === '-' ? ctx.t('cli:files.stdin') : file;
  const input = await readInput(file, ctx.stdin);
  if (!input.ok) return failure(inputProblemLine(ctx, name, input.problem), VERIFY_EXIT.refused);
  const keys = await checkKeys(input.text, ctx);
  if (keys.length === 0) return failure(ctx.t('cli:files.noKeys', { file: name }), VERIFY_EXIT.refused);
  const refused = keys.filter((k): k is Extract<CheckedKey, { ok: false }> => !k.ok);
  const code = refused.length > 0 ? VERIFY_EXIT.refused : VERIFY_EXIT.genuine;
  const stderr = refused.map((k) => `${refusedLine(ctx, name, k)}\n`).join('');
  const good = keys.filter((k): k is Extract<CheckedKey, { ok: true }> => k.ok);
  const described = describeLicenses(
    good.map((k) => {
      const { kid: _kid, entity, ...fields } = k.key.payload;
      return { ...fields, id: fields.sen, entity, file: name };
    }),
    ctx,
    bundledVersions(),
  );
  if (ctx.json) {
    const out = keys.map((k) => {
      if (!k.ok)
        return {
          index: k.index,
          line: k.line,
          ok: false,
          error: { code: k.error.code, message: ctx.t(k.error.messageKey, k.error.params) },
        };
      const d = described[good.indexOf(k)]!;
      return {
        index: k.index,
        line: k.line,
        ok: true,
        sandbox: k.key.sandbox,
        canonical: k.key.canonical,
        payload: k.key.payload,
        status: d.status,
        statusText: d.statusText,
      };
    });
    return { stdout: `${JSON.stringify({ file: name, keys: out }, null, 2)}\n`, stderr, code };
  }
  const t = ctx.t;
  const blocks = good.map((k, i) => {
    const p = k.key.payload;
    const d = described[i]!;
    const verdict = paint(ctx.colour, 'green', t('cli:key.genuine')) + (k.key.sandbox ? ` (${t('cli:key.sandbox')})` : '');
    const fields: [string, string][] = [
      [t('keys:fields.sen'), p.sen],
      [t('keys:fields.entity'), p.entity],
      [t('keys:fields.product'), `${productName(p.product)}, ${t(`keys:deployments.${p.deployment}`)}`],
      [t('keys:fields.tier'), p.tier],
      [t('keys:fields.type'), t(`keys:types.${p.type}`)],
      [t('keys:fields.serverId'), p.serverId],
      [t('keys:fields.licensee'), p.licensee],
      [t('keys:fields.issued'), p.issued],
      [t('keys:fields.maintenanceStart'), p.maintenanceStart],
      [t('keys:fields.maintenanceEnd'), p.maintenanceEnd],
      ...(p.evaluationEnd ? ([[t('keys:fields.evaluationEnd'), p.evaluationEnd]] as [string, string][]) : []),
      [t('keys:fields.majorVersion'), d.eolText],
      [t('maintenance:table.status'), d.statusText],
    ];
    const width = Math.max(...fields.map(([label]) => label.length));
    const where = keys.length > 1 ? `${t('cli:key.where', { file: name, index: k.index, line: k.line })}: ` : '';
    return `${where}${verdict}\n${fields.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
  });
  const summary = keys.length > 1 ? `${t('cli:key.summary', { good: good.length, total: keys.length })}\n` : '';
  return { stdout: blocks.join('\n') + (summary && blocks.length > 0 ? '\n' : '') + summary, stderr, code };
}
