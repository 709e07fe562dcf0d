/** Builds the `conex` command line into one file (out/cli/conex.mjs, or out/cli-sandbox/conex.mjs for the sandbox variant) and returns its path. */
export function buildCli(options?: { sandbox?: boolean }): Promise<string>;
