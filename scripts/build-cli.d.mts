/** Builds the `conex` command line into one file (out/cli/conex.cjs, or out/cli-sandbox/conex.cjs for the sandbox variant) and returns its path. */
export function buildCli(options?: { sandbox?: boolean }): Promise<string>;
