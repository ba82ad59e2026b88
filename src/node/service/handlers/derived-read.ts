import type { AnalyticsSettings } from '../../../core/contract/analytics-settings';
import type { MetricsFilter } from '../../../core/contract/metrics';
import { isDerivedFresh } from '../../../core/analytics/derived/refresh-derived';
import { type ResolvedFilter, resolveFilter } from '../../../core/analytics/metrics/filter';
import { loadAnalyticsSettings } from '../../../core/analytics/settings/analytics-settings';
import type { Db } from '../../../core/db/db';
import type { Workspace } from '../../store/workspace';
import { rebuildDerivedInWrite } from '../../../core/analytics/rebuild';

/**
 * Runs a query of the analytics tables for a filter, as the metrics.* handlers do: a client changed
 * since the tables were built (an import, settings, merges) has them rebuilt once, then read.
 */
export function derivedReader(ws: Workspace) {
  return async <T>(
    q: { client: string; filter: MetricsFilter },
    fn: (db: Db, f: ResolvedFilter, s: AnalyticsSettings) => T,
  ): Promise<T> => {
    if (!(await ws.read(q.client, (db) => isDerivedFresh(db)))) await ws.write(q.client, (db) => rebuildDerivedInWrite(db));
    return ws.read(q.client, (db) => fn(db, resolveFilter(db, q.filter), loadAnalyticsSettings(db)));
  };
}
