import type { Db } from '../db/db';
import { transaction } from '../db/db';
import { rebuildAggregates } from '../stats/aggregates';
import { refreshDerived } from './derived/refresh-derived';

/**
 * After a change that re-shapes stored data without adding rows (identities merged or split, the
 * brand's names, the time zone): the summary aggregates and the analytics tables are rebuilt.
 */
export function rebuildAfterChange(db: Db): void {
  rebuildAggregates(db);
  transaction(db, () => refreshDerived(db));
}
