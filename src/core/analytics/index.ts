import type { Interval } from '../contract/metrics';
import type { Db } from '../db/db';
import { ambassadors } from './ambassadors';
import { contentFunnel } from './content-funnel';
import { conversations } from './conversations';
import type { ResolvedFilter } from './filter';
import { funnel, funnelBreakdown } from './funnel';
import { interInteraction } from './inter-interaction';
import { intent } from './intent';
import { lifecycle } from './lifecycle';
import { responsiveness } from './responsiveness';
import { retention } from './retention';
import type { AnalyticsSettings } from './settings';
import { stickiness } from './stickiness';

export { computeMetrics, type MetricsInput } from './compute-metrics';
export { isDerivedFresh, refreshDerived } from './derived/refresh-derived';
export { resolveFilter, type ResolvedFilter } from './filter';
export { loadAnalyticsSettings, saveAnalyticsSettings, DEFAULT_ANALYTICS_SETTINGS, type AnalyticsSettings } from './settings';

export type MetricQuery = (db: Db, f: ResolvedFilter, s: AnalyticsSettings, interval?: Interval) => unknown;

/**
 * Every metric query by name, each `(db, filter, settings[, interval])`: the benchmark times each one
 * on its own; the contract serves each as `metrics.<name>`.
 */
export const METRIC_QUERIES = {
  conversations,
  responsiveness,
  lifecycle,
  retention,
  stickiness,
  interInteraction,
  funnel,
  funnelBreakdown,
  contentFunnel,
  ambassadors: (db: Db, f: ResolvedFilter, s: AnalyticsSettings) => ambassadors(db, f, s),
  intent,
} satisfies Record<string, MetricQuery>;
