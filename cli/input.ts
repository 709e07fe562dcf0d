import { readFileSync, statSync } from 'node:fs';
import { KEYS_FILE_MAX_BYTES } from '../shared/keys/keys-file';

/** Why a file could not be read; each has its message at `cli:files.<code>`. */
export type InputProblem =
  | { readonly code: 'notFound' | 'denied' | 'directory' | 'notText' }
  | { readonly code: 'tooLarge'; readonly limit: number }
  | { readonly code: 'unreadable'; readonly reason: string };

export type Input = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: InputProblem };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file (or standard input for `-`) as UTF-8 text, refusing anything
 * over 10 MB before reading it, and anything not text. Never throws. Files are
 * read synchronously: a command reads its files one after another anyway, and
 * Node's first asynchronous file call starts its thread pool, which costs
 * `conex` start-up time for nothing.
 */
export async function readInput(
  path: string,
  stdin: () => AsyncIterable<Uint8Array> = () => process.stdin,
  limit: number = KEYS_FILE_MAX_BYTES,
): Promise<Input> {
  try {
    if (path === '-') return decode(await readStream(stdin(), limit), limit);
    const info = statSync(path);
    if (info.isDirectory()) return { ok: false, problem: { code: 'directory' } };
    if (info.size > limit) return tooLarge(limit);
    const bytes = readFileSync(path);
    return bytes.byteLength > limit ? tooLarge(limit) : decode(bytes, limit);
  } catch (e) {
    return { ok: false, problem: problemOf(e) };
  }
}

async function readStream(stream: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array | undefined, limit: number): Input {
  if (bytes === undefined) return tooLarge(limit);
  try {
    const text = decoder.decode(bytes);
    // A NUL byte never appears in a keys file, a backup or a request; it does in every binary file.
    return text.includes('\u0000') ? { ok: false, problem: { code: 'notText' } } : { ok: true, text };
  } catch {
    return { ok: false, problem: { code: 'notText' } };
  }
}

function tooLarge(limit: number): Input {
  return { ok: false, problem: { code: 'tooLarge', limit: Math.round(limit / (1024 * 1024)) } };
}

function problemOf(e: unknown): InputProblem {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'notFound' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'denied' };
  if (code === 'EISDIR') return { code: 'directory' };
  return { code: 'unreadable', reason: typeof code === 'string' ? code : String((e as Error | null)?.message ?? e) };
}
