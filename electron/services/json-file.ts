import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';

/** Reads a JSON file and validates it; null when it is missing, unreadable or no longer matches the schema. */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // A half-written or hand-edited file is treated as absent rather than crashing start-up.
    return null;
  }
}

/** Writes JSON through a temporary file and a rename, so a crash never leaves half a file behind. */
export async function writeJsonFileAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(value, null, 2), 'utf8');
  await rename(tmp, file);
}
