/** What a command line says, split into words, options and flags; nothing is checked here but the shape. */
export interface ParsedArgs {
  /** Words that are not options, in order (the command, its subcommand, then files). */
  readonly words: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
  /** The first problem met: an unknown option or one missing its value. */
  readonly problem?: { readonly kind: 'unknownOption' | 'missingValue'; readonly option: string };
}

/** Options that take a value; everything else starting with `--` is a flag. */
const VALUED = new Set(['--lang', '--warn', '--crit', '--format', '--server-id', '--sen', '--entity', '--output']);
const FLAGS = new Set(['--json', '--help', '--version', '--no-color']);
const SHORT: Readonly<Record<string, string>> = { '-h': '--help', '-V': '--version', '-o': '--output' };

/** Splits argv (without node and the script): `--name value`, `--name=value`, flags, `-` for standard input, `--` to end options. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  let problem: ParsedArgs['problem'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = SHORT[arg] ?? (eq > 0 ? arg.slice(0, eq) : arg);
    if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) problem ??= { kind: 'missingValue', option: name };
      else options.set(name, value);
    } else if (FLAGS.has(name) && eq < 0) {
      flags.add(name);
    } else {
      problem ??= { kind: 'unknownOption', option: name };
    }
  }
  return { words, options, flags, ...(problem ? { problem } : {}) };
}

/** A whole number of days from an option, or undefined when it is not one. */
export function daysOption(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
