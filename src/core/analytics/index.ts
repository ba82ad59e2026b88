import type { Interval } from '../contract/metrics';
import type { Db } from '../db/db';
import { ambassadors } from './metrics/ambassadors';
import { contentFunnel } from './metrics/content-funnel';
import { conversations } from './metrics/conversations';
import type { ResolvedFilter } from './metrics/filter';
import { funnel, funnelBreakdown } from './metrics/funnel';
import { interInteraction } from './metrics/inter-interaction';
import { intent } from './metrics/intent';
import { lifecycle } from './metrics/lifecycle';
import { responsiveness } from './metrics/responsiveness';
import { retention } from './metrics/retention';
import type { AnalyticsSettings } from '../contract/analytics-settings';
import { stickiness } from './metrics/stickiness';

export { computeMetrics, type MetricsInput } from './metrics/compute-metrics';
export { isDerivedFresh, refreshDerived } from './derived/refresh-derived';
export { resolveFilter, type ResolvedFilter } from './metrics/filter';
export { loadAnalyticsSettings, saveAnalyticsSettings, DEFAULT_ANALYTICS_SETTINGS } from './settings/analytics-settings';

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
