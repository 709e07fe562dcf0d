import type { spawn } from 'node:child_process';

export interface StepTask {
  name: string;
  cmd: string;
  args: string[];
  /** Expected seconds: heavier tasks start first so the lanes finish together. */
  weight?: number;
}

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
}

export function runParallel(
  tasks: StepTask[],
  options: { cwd: string; lanes: number; print?: (text: string) => void; spawnFn?: typeof spawn },
): Promise<StepResult[]>;
