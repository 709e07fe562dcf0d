import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysFile } from './test-kit';
import { writeOut } from './stdio';

const dir = mkdtempSync(join(tmpdir(), 'conex-stdio-'));

describe('writeOut', () => {
  it('writes the whole text, multi-byte characters included, before returning', () => {
    const path = join(dir, 'out.txt');
    const text = 'Bibliothèque « Ézéchiel » 図書館\n'.repeat(20_000);
    const fd = openSync(path, 'w');
    writeOut(fd, text);
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('a reader that closes the pipe early is no error: the built conex ends with its own code and says nothing', async () => {
    const keys = join(dir, 'many.conexkeys');
    // Enough keys to print more than a pipe holds, so conex is still writing when the reader has gone.
    writeFileSync(keys, await keysFile(Array.from({ length: 150 }, () => ({ maintenanceEnd: '2099-01-01' }))));
    const bin = join(import.meta.dirname, '..', 'out/cli-sandbox/conex.cjs');
    const script = `"${process.execPath}" "${bin}" key verify "${keys}" 2>"${dir}/err" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } });
    expect(r.stdout).toBe('0\n');
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
  });
});
