import type { Handlers } from '../../../core/contract';
import type { AnalyticsSettings } from '../../../core/contract/analytics-settings';
import type { Interval, MetricsFilter } from '../../../core/contract/metrics';
import { isDerivedFresh, refreshDerived } from '../../../core/analytics/derived/refresh-derived';
import { METRIC_QUERIES } from '../../../core/analytics/index';
import { ambassadors } from '../../../core/analytics/metrics/ambassadors';
import { computeMetrics } from '../../../core/analytics/metrics/compute-metrics';
import { type ResolvedFilter, resolveFilter } from '../../../core/analytics/metrics/filter';
import {
  DEFAULT_ANALYTICS_SETTINGS,
  loadAnalyticsSettings,
  saveAnalyticsSettings,
} from '../../../core/analytics/settings/analytics-settings';
import { type Db, transaction } from '../../../core/db/db';
import { interactionCount } from '../../../core/stats/summary';
import type { Workspace } from '../../store/workspace';
import { ensureDerivedFresh } from './fresh-read';

type MetricsMethod = Extract<keyof Handlers, `metrics.${string}`>;
type Query = { client: string; filter: MetricsFilter; interval: Interval };

/**
 * The metrics.* methods. Derived tables are built by metrics.prepare (or `import --analytics`); a
 * client changed since (an import, settings, merges) is brought up to date once, then read.
 */
export function metricsHandlers(ws: Workspace, onPhase?: (name: string, ms: number) => void): Pick<Handlers, MetricsMethod> {
  const ensureFresh = (client: string) => ensureDerivedFresh(ws, client, onPhase);
  const query = async <T>(client: string, fn: (db: Db) => T): Promise<T> => {
    await ensureFresh(client);
    return ws.read(client, fn);
  };
  const run = <T>(q: Query, fn: (db: Db, f: ResolvedFilter, s: AnalyticsSettings, interval: Interval) => T) =>
    query(q.client, (db) => fn(db, resolveFilter(db, q.filter), loadAnalyticsSettings(db), q.interval));
  const changeSettings = (client: string, change: (db: Db) => AnalyticsSettings) =>
    ws.write(client, (db) =>
      transaction(db, () => {
        const next = change(db);
        // Only settings the stored tables depend on make them stale; the rebuild happens right away.
        if (!isDerivedFresh(db)) refreshDerived(db);
        return next;
      }),
    );
  return {
    'metrics.prepare': async ({ client }) => {
      const t0 = performance.now();
      const report = await ensureFresh(client);
      const interactions = report?.interactions ?? (await ws.read(client, interactionCount));
      return { rebuilt: report !== undefined, interactions, ms: Math.round(performance.now() - t0) };
    },
    'metrics.compute': (q) => query(q.client, (db) => computeMetrics(db, { filter: q.filter, interval: q.interval })),
    'metrics.conversations': (q) => run(q, METRIC_QUERIES.conversations),
    'metrics.responsiveness': (q) => run(q, METRIC_QUERIES.responsiveness),
    'metrics.lifecycle': (q) => run(q, METRIC_QUERIES.lifecycle),
    'metrics.retention': (q) => run(q, METRIC_QUERIES.retention),
    'metrics.stickiness': (q) => run(q, METRIC_QUERIES.stickiness),
    'metrics.interInteraction': (q) => run(q, METRIC_QUERIES.interInteraction),
    'metrics.funnel': (q) => run(q, METRIC_QUERIES.funnel),
    'metrics.funnelBreakdown': (q) => run(q, METRIC_QUERIES.funnelBreakdown),
    'metrics.contentFunnel': (q) => run(q, METRIC_QUERIES.contentFunnel),
    'metrics.ambassadors': (q) => run(q, (db, f, s) => ambassadors(db, f, s, q.limit ?? s.ambassadorLimit)),
    'metrics.intent': (q) => run(q, METRIC_QUERIES.intent),
    'metrics.settings.get': ({ client }) => ws.read(client, (db) => loadAnalyticsSettings(db)),
    'metrics.settings.set': ({ client, settings }) => changeSettings(client, (db) => saveAnalyticsSettings(db, settings)),
    'metrics.settings.reset': ({ client }) => changeSettings(client, (db) => saveAnalyticsSettings(db, DEFAULT_ANALYTICS_SETTINGS)),
  };
}
