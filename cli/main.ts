/**
 * The `conex` command's entry point. It stays tiny: `--version` answers
 * without loading anything else; every other command loads the rest lazily,
 * so start-up costs no more than the command needs.
 */
import { stdoutIsTerminal, writeOut } from './stdio';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  writeOut(1, `conex ${__CONEX_VERSION__}\n`);
} else {
  void main();
}

async function main(): Promise<void> {
  try {
    const { run } = await import('./run');
    const { buildTrustedKeySet } = await import('../shared/keys/trust');
    const sandboxKeyFile = __CONEX_SANDBOX_KEY__;
    const outcome = await run(argv, {
      env: process.env,
      stdin: () => process.stdin,
      isTTY: stdoutIsTerminal,
      now: new Date(),
      trustedKeys: buildTrustedKeySet(sandboxKeyFile === undefined ? {} : { sandboxKeyFile }),
      version: __CONEX_VERSION__,
    });
    if (outcome.stdout) writeOut(1, outcome.stdout);
    if (outcome.stderr) writeOut(2, outcome.stderr);
    process.exitCode = outcome.code;
  } catch (e) {
    // A bug, not a user's mistake: one line in the user's language, never a stack trace (CONEX_DEBUG=1 shows it).
    const message = e instanceof Error ? e.message : String(e);
    const { loadCatalogue, pickLang, translator } = await import('./i18n/translate');
    const lang = pickLang(undefined, process.env) ?? 'en';
    writeOut(2, `${translator(lang, await loadCatalogue(lang))('cli:unexpected', { message })}\n`);
    if (process.env.CONEX_DEBUG) writeOut(2, `${(e as Error)?.stack ?? ''}\n`);
    process.exitCode = 70;
  }
}
