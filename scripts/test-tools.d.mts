/** The checks and installers `ensureTestTools` uses, injected so each path can be tested without touching the machine. */
export interface Probes {
  /** CHROMIUM_PATH as the user set it, if any. */
  chromiumPath: string | undefined;
  /** The path of a command on the PATH, or null. */
  which(command: string): string | null;
  /** Whether the browser at `path` starts (prints its version). */
  runs(path: string): boolean;
  /** Whether Debian packages can be installed here: root, on Debian, with apt-get. */
  canApt(): boolean;
  /** `apt-get update` then `apt-get install -y` of `packages`; whether it succeeded. */
  aptInstall(packages: string[]): boolean;
  /** The path of Playwright's own Chromium when it has been downloaded, or null. */
  playwrightChromium(): string | null;
  /** `playwright install chromium`; whether it succeeded. */
  downloadPlaywrightChromium(): boolean;
  log(line: string): void;
}

export type ToolsResult = { ok: true; chromiumPath: string; source: 'system' | 'playwright' } | { ok: false; message: string };

/** Finds or installs Chromium and pdftotext for `npm test`, or says in one line what to install. */
export declare function ensureTestTools(probes: Probes): ToolsResult;

/** The probes of this machine. */
export declare function systemProbes(): Probes;
