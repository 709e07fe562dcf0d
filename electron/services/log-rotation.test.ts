import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archivedLogPath, rotateLogFile } from './log-rotation';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conex-logs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('log rotation', () => {
  it('names archives main.1.log, main.2.log, ...', () => {
    expect(archivedLogPath('/logs/main.log', 2)).toBe(join('/logs', 'main.2.log'));
  });

  it('shifts every archive by one and drops the oldest beyond the limit', async () => {
    const file = join(dir, 'main.log');
    for (let generation = 1; generation <= 4; generation++) {
      await writeFile(file, `generation ${generation}`);
      rotateLogFile(file, 3);
    }
    expect((await readdir(dir)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log']);
    expect(await readFile(join(dir, 'main.1.log'), 'utf8')).toBe('generation 4');
    expect(await readFile(join(dir, 'main.3.log'), 'utf8')).toBe('generation 2');
  });
});
