/** Builds the `conex` command line into one file (out/cli/conex.cjs, or out/cli-sandbox/conex.cjs for the sandbox variant) and returns its path. */
export function buildCli(options?: { sandbox?: boolean }): Promise<string>;
/** The modules kept in the built file as text and compiled by their first import (they bring zod, which most commands never need). */
export const COMPILED_ON_USE: readonly string[];
