import initSqlJs, { type Database as SqlJsDatabase, type SqlValue } from 'sql.js';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The sandbox's SQLite, on sql.js (SQLite compiled to WebAssembly) rather than a native module: `npm ci` then
 * compiles nothing (better-sqlite3 built from source took about a minute of every fresh install and CI run).
 * It keeps the small synchronous API the sandbox was written against (prepare/run/get/all, exec, transaction),
 * so each request's change is still one transaction. A file-backed database lives in memory and is written
 * back, whole and atomically, a moment after a change (changes close together are written once: writing the whole
 * file after every request made a long e2e run slower and slower), at close, and when the process exits.
 */
const SQL = await initSqlJs();

type Param = SqlValue | boolean;
type Row = Record<string, SqlValue>;

/** A prepared statement, run once per call (the sandbox's databases are small; nothing is cached). */
export interface Statement {
  run(...params: Param[]): void;
  /** The first row as an object by column name (unknown, as better-sqlite3 types it: callers say what they selected). */
  get(...params: Param[]): unknown;
  all(...params: Param[]): unknown[];
}

function bindable(params: Param[]): SqlValue[] {
  return params.map((p) => {
    if (typeof p === 'boolean') return p ? 1 : 0;
    if (p === undefined) throw new TypeError('An SQL parameter is undefined: pass null for NULL.');
    return p;
  });
}

export class Database {
  readonly #db: SqlJsDatabase;
  readonly #path: string | null;
  #depth = 0;
  /** SQLite's total_changes() when the file was last written (export reopens the database, which restarts it). */
  #saved = 0;
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  /** Opens `path` (created on the first write), or an in-memory database for ':memory:'. */
  constructor(path: string) {
    this.#path = path === ':memory:' ? null : path;
    this.#db = new SQL.Database(this.#path && existsSync(this.#path) ? readFileSync(this.#path) : undefined);
    if (this.#path) process.once('exit', () => this.flush());
  }

  exec(sql: string): void {
    this.#db.exec(sql);
    this.#changed();
  }

  prepare(sql: string): Statement {
    const rows = (params: Param[], limit: number): Row[] => {
      const statement = this.#db.prepare(sql);
      try {
        statement.bind(bindable(params));
        const out: Row[] = [];
        // run() steps to the end (an UPDATE changes rows as it steps); get() stops at its row.
        if (limit === 0) while (statement.step());
        else while (out.length < limit && statement.step()) out.push(statement.getAsObject());
        return out;
      } finally {
        statement.free();
        this.#changed();
      }
    };
    return {
      run: (...params) => void rows(params, 0),
      get: (...params) => rows(params, 1)[0],
      all: (...params) => rows(params, Number.POSITIVE_INFINITY),
    };
  }

  /** Wraps `fn` so each call runs in one transaction (a savepoint when nested), rolled back when it throws. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      const name = `sp${this.#depth}`;
      this.#db.exec(`SAVEPOINT ${name}`);
      this.#depth++;
      try {
        const result = fn(...args);
        this.#depth--;
        this.#db.exec(`RELEASE ${name}`);
        this.#changed();
        return result;
      } catch (error) {
        this.#depth--;
        this.#db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      }
    };
  }

  close(): void {
    if (this.#closed) return;
    this.#depth = 0;
    this.flush();
    this.#closed = true;
    this.#db.close();
  }

  /** Writes a file-backed database back now if it changed since it was last written (write then rename: never half a file). */
  flush(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    if (!this.#path || this.#closed || this.#depth > 0 || this.#totalChanges() === this.#saved) return;
    const tmp = `${this.#path}.tmp`;
    writeFileSync(tmp, this.#db.export());
    renameSync(tmp, this.#path);
    this.#saved = this.#totalChanges();
  }

  /** After a change outside any transaction: the file is written a moment later, once for all changes made until then. */
  #changed(): void {
    if (!this.#path || this.#depth > 0 || this.#flushTimer) return;
    this.#flushTimer = setTimeout(() => this.flush(), 250);
    this.#flushTimer.unref();
  }

  #totalChanges(): number {
    return Number(this.#db.exec('SELECT total_changes()')[0]?.values[0]?.[0] ?? 0);
  }
}
