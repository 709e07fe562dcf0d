import type { Translate } from '../../shared/calendar/maintenance-events';
import { productName } from '../catalogue';
import type { Context } from '../context';
import type { LicenseDescription } from '../describe';
import type { CheckedKey } from '../read-keys';
import { paint } from '../table';

type Genuine = Extract<CheckedKey, { ok: true }>;
type Refused = Extract<CheckedKey, { ok: false }>;

/** What `key verify` prints, fed one key at a time in the file's order. */
export interface VerifyPrinter {
  genuine(key: Genuine, description: LicenseDescription): void;
  refused(key: Refused): void;
  /** The whole of standard output, and how many keys were genuine. */
  end(): { readonly stdout: string; readonly genuine: number };
}

/** Each genuine key's fields and status, labelled in the user's language; with more than one key, where each is and a summary. */
export function textPrinter(ctx: Pick<Context, 't' | 'colour'>, file: string, total: number): VerifyPrinter {
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
  // Each row's label, padded, once per run; a key's text is then one template, not a string rebuilt per row.
  const head = Object.fromEntries(Object.entries(label).map(([k, l]) => [k, `  ${l.padEnd(width)}  `])) as typeof label;
  const genuineWord = paint(ctx.colour(), 'green', t('cli:key.genuine'));
  const sandboxWord = ` (${t('cli:key.sandbox')})`;
  const words = new Map<string, string>();
  const word = (key: string) => words.get(key) ?? (words.set(key, t(key)), words.get(key)!);
  const product = (id: string) => words.get(id) ?? (words.set(id, productName(id)), words.get(id)!);
  const where = total > 1 ? compiled(t, 'cli:key.where', { file }, ['index', 'line']) : undefined;
  const separator = t('cli:key.whereSeparator');
  const out: string[] = [];
  let genuine = 0;
  return {
    genuine({ key, index, line }, d) {
      const p = key.payload;
      const at = where ? `${where(index, line)}${separator}` : '';
      const evaluationEnd = p.evaluationEnd ? `${head.evaluationEnd}${p.evaluationEnd}\n` : '';
      out.push(
        `${genuine > 0 ? '\n' : ''}${at}${genuineWord}${key.sandbox ? sandboxWord : ''}\n` +
          `${head.sen}${p.sen}\n${head.entity}${p.entity}\n` +
          `${head.product}${product(p.product)}, ${word(`keys:deployments.${p.deployment}`)}\n` +
          `${head.tier}${p.tier}\n${head.type}${word(`keys:types.${p.type}`)}\n` +
          `${head.serverId}${p.serverId}\n${head.licensee}${p.licensee}\n${head.issued}${p.issued}\n` +
          `${head.maintenanceStart}${p.maintenanceStart}\n${head.maintenanceEnd}${p.maintenanceEnd}\n${evaluationEnd}` +
          `${head.majorVersion}${d.eolText}\n${head.status}${d.statusText}\n`,
      );
      genuine++;
    },
    refused() {},
    end() {
      if (total > 1) out.push(`${genuine > 0 ? '\n' : ''}${t('cli:key.summary', { good: genuine, total })}\n`);
      return { stdout: out.join(''), genuine };
    },
  };
}

/** `--json`: every key in order, genuine or not, with its verdict, as one document. */
export function jsonPrinter(ctx: Pick<Context, 't'>, file: string): VerifyPrinter {
  const keys: unknown[] = [];
  let genuine = 0;
  return {
    genuine({ index, line, key }, d) {
      keys.push({
        index,
        line,
        ok: true,
        sandbox: key.sandbox,
        canonical: key.canonical,
        payload: key.payload,
        status: d.status,
        statusText: d.statusText,
      });
      genuine++;
    },
    refused({ index, line, error }) {
      keys.push({ index, line, ok: false, error: { code: error.code, message: ctx.t(error.messageKey, error.params) } });
    },
    end: () => ({ stdout: `${JSON.stringify({ file, keys }, null, 2)}\n`, genuine }),
  };
}

/**
 * A message translated once with `fixed` parameters, then filled with the `varying` ones per call by joining its
 * pieces: translating it per key (a pattern replaced with a callback) cost a thousand-key file more than its printing.
 * Not for a message with a plural (`count`), whose words depend on the value.
 */
function compiled(t: Translate, key: string, fixed: Record<string, string>, varying: readonly string[]) {
  const marks = Object.fromEntries(varying.map((name, i) => [name, `\u0000${i}\u0000`]));
  // Split at the marks, the pieces alternate text and the index of a varying parameter: a translation may reorder them.
  const pieces = t(key, { ...fixed, ...marks }).split('\u0000');
  return (...values: readonly (string | number)[]): string => {
    let text = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) text += `${values[Number(pieces[i])]}${pieces[i + 1]}`;
    return text;
  };
}
