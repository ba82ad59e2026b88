import type { Db, Statement } from '../../db/db';

export type Cell = number | string | null;

/** Rows per statement: 100 rows of up to 24 columns stay far below SQLite's 32,766 parameters. */
const ROWS = 100;

/**
 * Appends rows through one prepared statement that inserts 100 rows at a time. Measured in sql.js on
 * 258k rows of 17 columns: 0.43 s, against 1.4 s as multi-row VALUES text (building and parsing
 * the SQL) and ~8 s row by row (each run crosses into WebAssembly). Non-finite numbers become NULL.
 */
export class BulkInsert {
  private readonly buffer: Cell[] = [];
  private statement: Statement | undefined;
  count = 0;

  constructor(
    private readonly db: Db,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {}

  private sql(rows: number): string {
    const one = `(${this.columns.map(() => '?').join(',')})`;
    return `INSERT INTO ${this.table} (${this.columns.join(',')}) VALUES ${Array.from({ length: rows }, () => one).join(',')}`;
  }

  add(values: readonly Cell[]): void {
    for (const v of values) this.buffer.push(typeof v === 'number' && !Number.isFinite(v) ? null : v);
    this.count++;
    if (this.buffer.length >= ROWS * this.columns.length) {
      this.statement ??= this.db.prepare(this.sql(ROWS));
      this.statement.run(this.buffer);
      this.buffer.length = 0;
    }
  }

  /** Writes what is left and releases the statements. */
  flush(): void {
    if (this.buffer.length > 0) {
      const rest = this.db.prepare(this.sql(this.buffer.length / this.columns.length));
      try {
        rest.run(this.buffer);
      } finally {
        rest.free();
      }
      this.buffer.length = 0;
    }
    this.statement?.free();
    this.statement = undefined;
  }
}
