import type { Db, Statement } from './db';

/**
 * Prepared statements kept for the length of one job, by SQL text. An Instagram archive holds one file per
 * DM thread: a writer per file preparing its own statements made ~110,000 prepares for 11,000 files, a
 * fifth of a 100k-interaction import. Free it before the database is exported (sql.js's export frees
 * every statement anyway) or closed.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  free(): void {
    for (const s of this.statements.values()) s.free();
    this.statements.clear();
  }
}
