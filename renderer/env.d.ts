/** True only in the sandbox build (`vite build --mode sandbox`); a production build has it false and drops sandbox code. */
declare const __CONEX_SANDBOX__: boolean;
/** The app version from package.json, set at build time. */
declare const __APP_VERSION__: string;
/** The Conex API address fixed at build time (electron/services/api-address.ts), or "" when the build has none. */
declare const __CONEX_API_URL__: string;
