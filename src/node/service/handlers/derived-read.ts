import type { AnalyticsSettings } from '../../../core/contract/analytics-settings';
import type { MetricsFilter } from '../../../core/contract/metrics';
import { type ResolvedFilter, resolveFilter } from '../../../core/analytics/metrics/filter';
import { loadAnalyticsSettings } from '../../../core/analytics/settings/analytics-settings';
import type { Db } from '../../../core/db/db';
import type { Workspace } from '../../store/workspace';
import { ensureDerivedFresh } from './fresh-read';

/**
 * Runs a query of the analytics tables for a filter, as the metrics.* handlers do: a client changed
 * since the tables were built (an import, settings, merges) has them rebuilt once, then read.
 */
export function derivedReader(ws: Workspace) {
  return async <T>(
    q: { client: string; filter: MetricsFilter },
    fn: (db: Db, f: ResolvedFilter, s: AnalyticsSettings) => T,
  ): Promise<T> => {
    await ensureDerivedFresh(ws, q.client);
    return ws.read(q.client, (db) => fn(db, resolveFilter(db, q.filter), loadAnalyticsSettings(db)));
  };
}
