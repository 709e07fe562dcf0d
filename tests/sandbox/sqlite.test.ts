import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from './sqlite';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'conex-sqlite-'));
  dirs.push(dir);
  return join(dir, 'sandbox.sqlite');
}

describe("the sandbox's SQLite (sql.js)", () => {
  it('runs, reads one row and all rows, including INSERT … RETURNING', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
    db.prepare('INSERT INTO t VALUES (?, ?)').run('a', 1);
    db.prepare('INSERT INTO t VALUES (?, ?)').run('b', true);
    expect(db.prepare('UPDATE t SET v = v + 1 RETURNING v').get()).toEqual({ v: 2 });
    expect(db.prepare('SELECT * FROM t ORDER BY k').all()).toEqual([
      { k: 'a', v: 2 },
      { k: 'b', v: 2 },
    ]);
    expect(db.prepare('SELECT * FROM t WHERE k = ?').get('zz')).toBeUndefined();
    expect(() => db.prepare('SELECT * FROM t WHERE k = ?').get(undefined as never)).toThrow(/undefined/);
  });

  it('rolls a failed transaction back whole, and a failed nested one back to its savepoint', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    const insert = (k: string) => db.prepare('INSERT INTO t VALUES (?)').run(k);
    expect(() =>
      db.transaction(() => {
        insert('a');
        insert('a');
      })(),
    ).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    db.transaction(() => {
      insert('b');
      expect(() => db.transaction(() => (insert('c'), insert('c')))()).toThrow();
    })();
    expect(db.prepare('SELECT k FROM t').all()).toEqual([{ k: 'b' }]);
  });

  it('writes a file-backed database back a moment after a change, once for changes close together, and at close', async () => {
    const path = tempFile();
    const db = new Database(path);
    db.exec('CREATE TABLE t (k TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run('first');
    db.prepare('INSERT INTO t VALUES (?)').run('second');
    expect(existsSync(path)).toBe(false);
    await new Promise((done) => setTimeout(done, 400));
    expect(new Database(path).prepare('SELECT k FROM t ORDER BY k').all()).toEqual([{ k: 'first' }, { k: 'second' }]);
    db.prepare('INSERT INTO t VALUES (?)').run('at close');
    db.close();
    expect(new Database(path).prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 3 });
  });
});
