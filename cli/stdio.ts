import { fstatSync, writeSync } from 'node:fs';

/**
 * Writes all of `text` to a file descriptor, standard output (1) or error (2), before returning.
 * A command prints once and exits, so a blocking write is all it needs:
 * process.stdout would build a stream, and load Node's stream and net modules
 * for it, which cost `conex --version` and `check` a good share of their
 * start-up (issue 19). A reader that closed the pipe early (`conex status |
 * head`) ends the writing quietly; a descriptor that would block (one the
 * parent made non-blocking) hands the rest to Node's stream, which waits.
 */
export function writeOut(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
      const stream = fd === 2 ? process.stderr : process.stdout;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      stream.write(bytes.subarray(offset));
      return;
    }
  }
}

/**
 * Whether standard output is a terminal. A pipe or a file never is, and
 * fstat says which it is without loading Node's tty module, so the question
 * costs nothing when output is captured or redirected.
 */
export function stdoutIsTerminal(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}
