/** Whether Electron's binary is installed and runs, found without triggering its download. */
export declare function electronBinary(options?: {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}): { usable: true; path: string; version: string } | { usable: false; path: string | null; reason: string };
