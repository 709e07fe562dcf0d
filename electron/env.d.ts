/// <reference types="electron-vite/node" />

/** The https update feed given at build time (CONEX_UPDATE_FEED_URL), or "" when none was. */
declare const __UPDATE_FEED_URL__: string;
/** True only in the sandbox build, which talks to the local Conex API sandbox. */
declare const __CONEX_SANDBOX__: boolean;
/** The Conex API address fixed at build time (electron/services/api-address.ts): the CSP's connect-src names its origin alone. */
declare const __CONEX_API_URL__: string;
