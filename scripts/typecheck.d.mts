/** Every tsconfig the type check covers. */
export const projects: readonly string[];
/** Configs kept for editors but checked another way, with the reason. */
export const editorOnly: Readonly<Record<string, string>>;
/** Checks each project with tsc, `parallel` at a time; the failures' output, each under its project's name. */
export function typecheck(
  list?: readonly string[],
  parallel?: number,
): Promise<{ ok: boolean; failures: { project: string; ok: boolean; output: string }[] }>;
