import { buildTrustedKeySet, type TrustedKeySet } from '../shared/keys/trust';
import { daysOption, parseArgs } from './args';
import { failure, type Context, type Outcome } from './context';
import { createPoolVerifier, createVerifier } from './ed25519';
import { loadCatalogue, pickLang, translator, type Lang } from './i18n/translate';

/** A command line that cannot be understood: sysexits' EX_USAGE, or UNKNOWN for `check` as plugins must. */
export const USAGE_EXIT = 64;
const CHECK_UNKNOWN = 3;

/** What the host gives a run: environment, standard input, whether stdout is a terminal, the clock and the trusted keys. */
export interface Host {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: () => AsyncIterable<Uint8Array>;
  /** Asked only by a command that would colour its output: finding out may load Node's tty module. */
  readonly isTTY: () => boolean;
  readonly now: Date;
  readonly trustedKeys?: TrustedKeySet;
  readonly version: string;
}

/** Runs one command line and returns what to print and the exit code; nothing here writes or exits. */
export async function run(argv: readonly string[], host: Host): Promise<Outcome> {
  const args = parseArgs(argv);
  const lang = pickLang(args.options.get('--lang'), host.env);
  const ctx = await context(lang ?? 'en', args.flags.has('--json'), host);
  const [command, sub] = args.words;
  const isCheck = command === 'check';
  const usage = (line: string) => failure(line, isCheck ? CHECK_UNKNOWN : USAGE_EXIT);
  if (lang === undefined) return usage(ctx.t('cli:args.lang', { value: args.options.get('--lang') ?? '' }));
  if (args.flags.has('--version')) return { stdout: `conex ${host.version}\n`, stderr: '', code: 0 };
  const helpKey = helpFor(command, sub);
  if (args.flags.has('--help') || command === undefined || command === 'help')
    return { stdout: `${ctx.t(helpKey)}\n`, stderr: '', code: 0 };
  if (args.problem)
    return usage(
      ctx.t(`cli:args.${args.problem.kind}`, { option: args.problem.option, command: [command, sub].filter(Boolean).join(' ') }),
    );

  const files = args.words.slice(command === 'key' ? 2 : 1);
  switch (`${command}${command === 'key' ? ` ${sub ?? ''}` : ''}`) {
    case 'key verify': {
      if (files.length > 1) return usage(ctx.t('cli:args.tooMany'));
      const { keyVerify } = await import('./commands/key-verify');
      return keyVerify(files[0] ?? '-', ctx);
    }
    case 'key request': {
      const serverId = args.options.get('--server-id');
      if (serverId === undefined) return usage(ctx.t('cli:args.serverIdMissing'));
      const { keyRequest } = await import('./commands/key-request');
      const opt = (name: string) => args.options.get(name);
      return keyRequest({ serverId, sen: opt('--sen'), entity: opt('--entity'), output: opt('--output') }, ctx);
    }
    case 'status':
    case 'ics':
    case 'check': {
      if (files.length === 0) return usage(ctx.t('cli:args.noFiles', { command }));
      if (command === 'status') return (await import('./commands/status')).status(files, ctx);
      if (command === 'ics') return (await import('./commands/ics')).ics(files, ctx);
      const warn = daysOption(args.options.get('--warn'), 60);
      const crit = daysOption(args.options.get('--crit'), 14);
      if (warn === undefined) return usage(ctx.t('cli:args.days', { option: '--warn', value: args.options.get('--warn') ?? '' }));
      if (crit === undefined) return usage(ctx.t('cli:args.days', { option: '--crit', value: args.options.get('--crit') ?? '' }));
      if (warn < crit) return usage(ctx.t('cli:args.warnBelowCrit', { warn, crit }));
      const format = args.options.get('--format') ?? 'nagios';
      if (format !== 'nagios' && format !== 'prometheus') return usage(ctx.t('cli:args.format', { value: format }));
      return (await import('./commands/check')).check(files, { warn, crit, format }, ctx);
    }
    default:
      return usage(ctx.t('cli:args.unknownCommand', { command: [command, sub].filter(Boolean).join(' ') }));
  }
}

function helpFor(command: string | undefined, sub: string | undefined): string {
  if (command === 'key' && sub === 'verify') return 'cli:usage.verify';
  if (command === 'key' && sub === 'request') return 'cli:usage.request';
  if (command === 'status' || command === 'check' || command === 'ics') return `cli:usage.${command}`;
  return 'cli:usage.main';
}

async function context(lang: Lang, json: boolean, host: Host): Promise<Context> {
  const catalogue = await loadCatalogue(lang);
  let colour: boolean | undefined;
  return {
    lang,
    t: translator(lang, catalogue),
    now: host.now,
    trustedKeys: host.trustedKeys ?? buildTrustedKeySet(),
    verifier: createVerifier(),
    poolVerifier: createPoolVerifier(),
    json,
    colour: () => (colour ??= !json && !host.env.NO_COLOR && host.env.TERM !== 'dumb' && host.isTTY()),
    stdin: host.stdin,
  };
}
