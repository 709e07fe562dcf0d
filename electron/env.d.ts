/// <reference types="electron-vite/node" />

/** The https update feed given at build time (CONEX_UPDATE_FEED_URL), or "" when none was. */
declare const __UPDATE_FEED_URL__: string;
/** True only in the sandbox build, which talks to the local Conex API sandbox. */
declare const __CONEX_SANDBOX__: boolean;
