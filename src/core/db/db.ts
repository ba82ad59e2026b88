/**
 * The small database interface the core depends on. sql.js implements it in src/node/store; tests use
 * the same implementation on in-memory databases, so every query the core writes runs for real.
 */
export type SqlValue = string | number | null | Uint8Array;
export type Row = Record<string, SqlValue>;
export type Params = SqlValue[] | Record<string, SqlValue>;

export interface Statement {
  run(params?: Params): void;
  /** Rows as objects. */
  all(params?: Params): Row[];
  get(params?: Params): Row | undefined;
  free(): void;
}

export interface Db {
  exec(sql: string): void;
  run(sql: string, params?: Params): void;
  all<T = Row>(sql: string, params?: Params): T[];
  get<T = Row>(sql: string, params?: Params): T | undefined;
  prepare(sql: string): Statement;
  /** Rows changed by the last INSERT/UPDATE/DELETE. */
  changes(): number;
  /** Serialises the whole database (sql.js resets pragmas on export: implementations re-apply them). */
  export(): Uint8Array;
  close(): void;
}

/** Runs fn inside one transaction; rolls back on any error so the database is as it was. */
export function transaction<T>(db: Db, fn: () => T): T {
  db.exec('BEGIN');
  try {
    const out = fn();
    db.exec('COMMIT');
    return out;
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}

export async function transactionAsync<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  db.exec('BEGIN');
  try {
    const out = await fn();
    db.exec('COMMIT');
    return out;
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}

/** Throws if the bytes opened are not a SQLite database (sql.js opens anything, and fails on first read). */
export function assertReadable(db: Db): void {
  db.get('SELECT count(*) FROM sqlite_master');
}
