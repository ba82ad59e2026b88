import type { Handlers } from '../../core/contract';
import type { Interval, MetricsFilter } from '../../core/contract/metrics';
import { ambassadors } from '../../core/analytics/metrics/ambassadors';
import { computeMetrics } from '../../core/analytics/metrics/compute-metrics';
import { AnalyticsInputError } from '../../core/analytics/model/errors';
import { isDerivedFresh, refreshDerived } from '../../core/analytics/derived/refresh-derived';
import { type ResolvedFilter, resolveFilter } from '../../core/analytics/metrics/filter';
import { METRIC_QUERIES } from '../../core/analytics/index';
import type { AnalyticsSettings } from '../../core/contract/analytics-settings';
import { DEFAULT_ANALYTICS_SETTINGS, loadAnalyticsSettings, saveAnalyticsSettings } from '../../core/analytics/settings/analytics-settings';
import { type Db, transaction } from '../../core/db/db';
import { UserError, type Workspace } from '../store/workspace';

type MetricsMethod = Extract<keyof Handlers, `metrics.${string}`>;
type MetricsHandlers = Pick<Handlers, MetricsMethod>;
type Query = { client: string; filter: MetricsFilter; interval: Interval };

/** Problems with what the user asked (a filter ending before it starts, a bad rule) come back as one clear line. */
const userError = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AnalyticsInputError) throw new UserError(err.message);
    throw err;
  }
};

/**
 * The metrics.* methods. Derived tables are normally rebuilt by the import itself; a client saved by
 * an older Cercle, or changed since (settings, merges), is brought up to date once, then read.
 */
export function metricsHandlers(ws: Workspace): MetricsHandlers {
  const ensureFresh = async (client: string) => {
    if (await ws.read(client, (db) => isDerivedFresh(db))) return undefined;
    return ws.write(client, (db) => transaction(db, () => refreshDerived(db)));
  };
  const query = async <T>(client: string, fn: (db: Db) => T): Promise<T> => {
    await ensureFresh(client);
    return ws.read(client, (db) => userError(() => fn(db)));
  };
  const run = <T>(q: Query, fn: (db: Db, f: ResolvedFilter, s: AnalyticsSettings, interval: Interval) => T) =>
    query(q.client, (db) => fn(db, resolveFilter(db, q.filter), loadAnalyticsSettings(db), q.interval));
  const changeSettings = (client: string, change: (db: Db) => AnalyticsSettings) =>
    ws.write(client, (db) =>
      transaction(db, () => {
        const next = userError(() => change(db));
        // Only settings the stored tables depend on make them stale; the rebuild happens right away.
        if (!isDerivedFresh(db)) refreshDerived(db);
        return next;
      }),
    );
  return {
    'metrics.prepare': async ({ client }) => {
      const t0 = performance.now();
      const report = await ensureFresh(client);
      const interactions = report?.interactions ?? (await ws.read(client, (db) => Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n)));
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
