import type { Db } from '../db/db';
import { transaction } from '../db/db';
import { rebuildAggregates } from '../stats/aggregates';
import { refreshDerived, type RefreshReport } from './derived/refresh-derived';
import { type IncrementalOutcome, refreshIncremental } from './derived/refresh-incremental';

/**
 * After a change that re-shapes stored data without adding rows (identities merged or split, the
 * brand's names, the time zone): the summary aggregates and the analytics tables are rebuilt.
 */
export function rebuildAfterChange(db: Db): void {
  rebuildAggregates(db);
  transaction(db, () => refreshDerived(db));
}

/**
 * Brings the analytics tables up to date (from the rows added since they were built, else rebuilt
 * whole) in one transaction without SQLite's rollback journal. The journal only
 * serves a rollback, and every caller runs inside Workspace.write, which drops the database in memory on
 * any failure, so the file on disk is never touched and nothing half-built is ever read or saved. Measured on
 * 1.14M interactions, 3 alternating runs in one process: 14.0–14.2 s against 15.5–17.1 s with the journal
 * (the index builds 4.2–4.4 s against 5.2–5.7 s); a journal kept in memory gained nothing. Not for a
 * caller that would go on using the database after a failure.
 */
export function rebuildDerivedInWrite(db: Db, now?: () => number): RefreshReport {
  const mode = String(db.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode ?? 'delete');
  db.exec('PRAGMA journal_mode = OFF');
  try {
    return transaction(db, () => {
      // After an import, the tables are updated from its rows where that gives what a full rebuild
      // would; otherwise (settings, brand or time zone changed, rows removed…) rebuilt whole.
      const incremental = refreshIncremental(db, now);
      if ('report' in incremental) return incremental.report;
      return { ...refreshDerived(db, now), fallback: incremental.fallback };
    });
  } finally {
    db.exec(`PRAGMA journal_mode = ${/^[a-z]+$/i.test(mode) ? mode : 'DELETE'}`);
  }
}

/**
 * Inside an import's own write, once its rows are in: the analytics tables, if they were fresh before it,
 * refreshed from its rows, so the import and its analytics take one save instead of two (a save of a
 * 1.14M-interaction client costs ~1.5 s). When the refresh cannot be incremental it gives way before
 * writing anything, and the tables stay stale for metrics.prepare to rebuild whole, as before. Without
 * the rollback journal, as rebuildDerivedInWrite: a failure drops the whole write, import included.
 */
export function refreshIncrementalInWrite(db: Db, now?: () => number): IncrementalOutcome {
  const mode = String(db.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode ?? 'delete');
  db.exec('PRAGMA journal_mode = OFF');
  try {
    return transaction(db, () => refreshIncremental(db, now));
  } finally {
    db.exec(`PRAGMA journal_mode = ${/^[a-z]+$/i.test(mode) ? mode : 'DELETE'}`);
  }
}
