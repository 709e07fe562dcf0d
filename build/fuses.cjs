'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks with require(), so these stay CommonJS. */
/**
 * Electron fuses flipped in the packaged binary (see after-pack.cjs): the app
 * cannot be turned into a plain Node runtime, takes no Node options or inspector
 * flags, encrypts cookies, and loads only its own integrity-checked ASAR.
 */
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuse settings by name; tests/electron-builder.test.ts checks every one. */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The app serves itself from app://, so file:// needs no special powers.
  GrantFileProtocolExtraPrivileges: false,
});

/** The @electron/fuses config for one platform (macOS needs its ad-hoc signature reset before signing). */
function fuseConfig(platformName) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: platformName === 'darwin' || platformName === 'mas' };
  for (const [name, value] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`Unknown fuse ${name}`);
    config[FuseV1Options[name]] = value;
  }
  return config;
}

module.exports = { FUSES, fuseConfig };
