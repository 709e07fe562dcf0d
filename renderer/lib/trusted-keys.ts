import { buildTrustedKeySet, type TrustedKeySet } from '../../shared/keys/trust';

/** Loaded once per build flavour: a test may switch flavours with vi.stubGlobal('__CONEX_SANDBOX__', …). */
let cached: { sandbox: boolean; keys: Promise<TrustedKeySet> } | undefined;

/**
 * The keys this build trusts: the production keys, plus the Conex API
 * sandbox's test key only in a sandbox build (`vite build --mode sandbox`).
 * In any other build `__CONEX_SANDBOX__` is the literal false, the branch is
 * dropped, and the sandbox public key is not in the bundle at all
 * (tests/keys-production-build.test.ts checks the built files).
 */
export function loadTrustedKeys(): Promise<TrustedKeySet> {
  if (cached?.sandbox !== __CONEX_SANDBOX__) cached = { sandbox: __CONEX_SANDBOX__, keys: load() };
  return cached.keys;
}

async function load(): Promise<TrustedKeySet> {
  if (__CONEX_SANDBOX__) {
    const sandbox = await import('../../tests/sandbox/keys/sandbox-test-only.public.json');
    return buildTrustedKeySet({ sandboxKeyFile: sandbox.default });
  }
  return buildTrustedKeySet();
}
