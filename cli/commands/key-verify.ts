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
    let g = 0;
    const out = keys.map((k) => {
      if (!k.ok)
        return {
          index: k.index,
          line: k.line,
          ok: false,
          error: { code: k.error.code, message: ctx.t(k.error.messageKey, k.error.params) },
        };
      const d = described[g++]!;
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
  // Labels and words once per run, not once per key: a file may hold a thousand keys.
  const label = {
    sen: t('keys:fields.sen'),
    entity: t('keys:fields.entity'),
    product: t('keys:fields.product'),
    tier: t('keys:fields.tier'),
    type: t('keys:fields.type'),
    serverId: t('keys:fields.serverId'),
    licensee: t('keys:fields.licensee'),
    issued: t('keys:fields.issued'),
    maintenanceStart: t('keys:fields.maintenanceStart'),
    maintenanceEnd: t('keys:fields.maintenanceEnd'),
    evaluationEnd: t('keys:fields.evaluationEnd'),
    majorVersion: t('keys:fields.majorVersion'),
    status: t('maintenance:table.status'),
  };
  const width = Math.max(...Object.values(label).map((l) => l.length));
  // Each row's label, padded, once per run; a key's text is then pieces joined once, not a string rebuilt per row.
  const head = Object.fromEntries(Object.entries(label).map(([k, l]) => [k, `  ${l.padEnd(width)}  `])) as typeof label;
  const genuine = paint(ctx.colour(), 'green', t('cli:key.genuine'));
  const sandbox = ` (${t('cli:key.sandbox')})`;
  const words = new Map<string, string>();
  const word = (key: string) => words.get(key) ?? (words.set(key, t(key)), words.get(key)!);
  const out: string[] = [];
  good.forEach((k, i) => {
    const p = k.key.payload;
    const d = described[i]!;
    if (i > 0) out.push('\n');
    if (keys.length > 1) out.push(t('cli:key.where', { file: name, index: k.index, line: k.line }), ': ');
    out.push(genuine, k.key.sandbox ? sandbox : '', '\n');
    out.push(head.sen, p.sen, '\n', head.entity, p.entity, '\n');
    out.push(head.product, productName(p.product), ', ', word(`keys:deployments.${p.deployment}`), '\n');
    out.push(head.tier, p.tier, '\n', head.type, word(`keys:types.${p.type}`), '\n');
    out.push(head.serverId, p.serverId, '\n', head.licensee, p.licensee, '\n', head.issued, p.issued, '\n');
    out.push(head.maintenanceStart, p.maintenanceStart, '\n', head.maintenanceEnd, p.maintenanceEnd, '\n');
    if (p.evaluationEnd) out.push(head.evaluationEnd, p.evaluationEnd, '\n');
    out.push(head.majorVersion, d.eolText, '\n', head.status, d.statusText, '\n');
  });
  const summary = keys.length > 1 ? `${t('cli:key.summary', { good: good.length, total: keys.length })}\n` : '';
  if (summary) out.push(good.length > 0 ? '\n' : '', summary);
  return { stdout: out.join(''), stderr, code };
}
