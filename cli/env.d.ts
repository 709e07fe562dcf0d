/** The package version, fixed at build time (scripts/build-cli.mjs). */
declare const __CONEX_VERSION__: string;
/** The Conex API sandbox's public key file in the sandbox build (tests only); undefined in a production build. */
declare const __CONEX_SANDBOX_KEY__: unknown;
