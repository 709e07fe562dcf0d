import { bundledVersions } from '../catalogue';
import type { Context, Outcome } from '../context';
import { describeLicenses, type DescribedLicense } from '../describe';
import { readLicenses } from '../licenses';

/** The monitoring-plugin convention (Nagios, Icinga): exit codes and the word that starts the line. */
export const CHECK_EXIT = { OK: 0, WARNING: 1, CRITICAL: 2, UNKNOWN: 3 } as const;
export type CheckState = keyof typeof CHECK_EXIT;

export interface CheckOptions {
  readonly warn: number;
  readonly crit: number;
  readonly format: 'nagios' | 'prometheus';
}

/**
 * `conex check FILE...`: one line naming the license that ends first, with
 * performance data, and the plugin exit code; UNKNOWN when a file or key
 * cannot be read, whatever the others say. `--format prometheus` writes one
 * gauge per license for a textfile collector instead.
 */
export async function check(files: readonly string[], options: CheckOptions, ctx: Context): Promise<Outcome> {
  const { rows, problems } = await readLicenses(files, ctx);
  const described = describeLicenses(rows, ctx, bundledVersions());
  if (options.format === 'prometheus') return prometheus(described, problems);
  const first = described.reduce<DescribedLicense | undefined>((a, d) => (a === undefined || d.daysLeft < a.daysLeft ? d : a), undefined);
  const state: CheckState =
    problems.length > 0 || !first
      ? 'UNKNOWN'
      : first.daysLeft <= options.crit
        ? 'CRITICAL'
        : first.daysLeft <= options.warn
          ? 'WARNING'
          : 'OK';
  const code = CHECK_EXIT[state];
  if (ctx.json) {
    const body = {
      state,
      code,
      warn: options.warn,
      crit: options.crit,
      licenses: described.length,
      first: first && firstJson(first),
      problems,
    };
    return { stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: '', code };
  }
  let text: string;
  if (problems.length > 0) text = ctx.t('cli:check.unreadable', { count: problems.length, first: problems[0]! });
  else if (!first) text = ctx.t('cli:check.none');
  else
    text = ctx.t('cli:check.first', {
      count: described.length,
      sen: first.row.sen,
      entity: first.row.entity,
      date: first.end,
      status: first.statusText,
    });
  const perf = first ? ` | days_left=${first.daysLeft};${options.warn};${options.crit} licenses=${described.length}` : '';
  // Plugins print one line; further problems follow it, as Nagios shows long output.
  const more = problems
    .slice(1)
    .map((p) => `${p}\n`)
    .join('');
  return { stdout: `CONEX ${state} - ${text}${perf}\n${more}`, stderr: '', code };
}

function firstJson(d: DescribedLicense) {
  return {
    sen: d.row.sen,
    entity: d.row.entity,
    serverId: d.row.serverId,
    end: d.end,
    daysLeft: d.daysLeft,
    status: d.status.kind,
    statusText: d.statusText,
  };
}

/** Prometheus text exposition: days left and end time per license, and whether every file and key could be read. */
function prometheus(described: readonly DescribedLicense[], problems: readonly string[]): Outcome {
  const lines = [
    '# HELP conex_license_days_left Days until the license maintenance (or evaluation) ends; negative once ended.',
    '# TYPE conex_license_days_left gauge',
    ...described.map((d) => `conex_license_days_left{${labels(d)}} ${d.daysLeft}`),
    '# HELP conex_license_end_timestamp_seconds First day the maintenance (or evaluation) no longer covers, as a Unix time.',
    '# TYPE conex_license_end_timestamp_seconds gauge',
    ...described.map((d) => `conex_license_end_timestamp_seconds{${labels(d)}} ${Date.parse(`${d.end}T00:00:00Z`) / 1000}`),
    '# HELP conex_license_read_problems Files or keys that could not be read or were refused.',
    '# TYPE conex_license_read_problems gauge',
    `conex_license_read_problems ${problems.length}`,
  ];
  return {
    stdout: `${lines.join('\n')}\n`,
    stderr: problems.map((p) => `${p}\n`).join(''),
    code: problems.length > 0 ? CHECK_EXIT.UNKNOWN : CHECK_EXIT.OK,
  };
}

function labels(d: DescribedLicense): string {
  const pairs: [string, string][] = [
    ['sen', d.row.sen],
    ['entity', d.row.entity],
    ['product', d.row.product],
    ['type', d.row.type],
    ['server_id', d.row.serverId],
    ['status', d.status.kind],
  ];
  return pairs.map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`).join(',');
}
