'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks with require(), so these stay CommonJS. */
/**
 * electron-builder afterPack hook: flips the fuses in the packaged Electron
 * binary. It runs after packing and before signing, as fuses must.
 */
const { fuseConfig } = require('./fuses.cjs');

module.exports = async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig(context.electronPlatformName));
};
