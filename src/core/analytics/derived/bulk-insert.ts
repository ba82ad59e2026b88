import type { Db, Statement } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';

export type Cell = number | string | null;

/** The values of a scope column (plat, scope): a platform, or '*' for all of them. */
export const SCOPES: readonly string[] = ['*', ...PLATFORMS];

/** Rows per statement: 100 rows of up to 25 columns stay far below SQLite's 32,766 parameters. */
const ROWS = 100;

/**
 * Appends rows through one prepared statement that inserts 100 rows at a time. Measured in sql.js on
 * 258k rows of 17 columns: 0.43 s, against 1.4 s as multi-row VALUES text (building and parsing
 * the SQL) and ~8 s row by row (each run crosses into WebAssembly). Non-finite numbers become NULL.
 *
 * A column whose values come from a short fixed list (platforms, signals, a scope) can be declared with
 * that list in `enums`: its values are then bound as their place in the list and turned back into the
 * same text by the statement, because sql.js binds a string by encoding it to UTF-8 into memory it
 * allocates and frees for each value (measured on the 1.14M-interaction rebuild: about a third of the
 * time of writing signals, whose rows carry two such strings).
 */
export class BulkInsert {
  private readonly buffer: Cell[] = [];
  private statement: Statement | undefined;
  /** Per column, the place of each value of its list (undefined: bound as it is). */
  private readonly places: (Map<string, number> | undefined)[];
  count = 0;

  constructor(
    private readonly db: Db,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly enums: Readonly<Record<string, readonly string[]>> = {},
  ) {
    this.places = columns.map((c) => (enums[c] ? new Map(enums[c].map((v, i) => [v, i])) : undefined));
  }

  private sql(rows: number): string {
    const n = this.columns.length;
    const cell = (c: number, param: number): string => {
      const list = this.enums[this.columns[c]!];
      if (!list) return `?${param}`;
      return `CASE ?${param} ${list.map((v, i) => `WHEN ${i} THEN '${v.replaceAll("'", "''")}'`).join(' ')} END`;
    };
    const values = Array.from({ length: rows }, (_, r) => `(${this.columns.map((_, c) => cell(c, r * n + c + 1)).join(',')})`);
    return `INSERT INTO ${this.table} (${this.columns.join(',')}) VALUES ${values.join(',')}`;
  }

  add(values: readonly Cell[]): void {
    for (let c = 0; c < values.length; c++) {
      const v = values[c]!;
      const places = this.places[c];
      if (places !== undefined && typeof v === 'string') {
        const place = places.get(v);
        if (place === undefined) throw new Error(`${this.table}.${this.columns[c]}: "${v}" is not one of its values`);
        this.buffer.push(place);
      } else this.buffer.push(typeof v === 'number' && !Number.isFinite(v) ? null : v);
    }
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
