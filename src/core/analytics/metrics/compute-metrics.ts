import type { Interval, MetricsFilter, MetricsResult } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { dayToIso } from '../../util/time-keys';
import { ambassadors } from './ambassadors';
import { contentFunnel } from './content-funnel';
import { conversations } from './conversations';
import { coverage } from './coverage';
import { resolveFilter } from './filter';
import { funnel } from './funnel';
import { metricDefinitions } from '../model/definitions';
import { minutePrecisionPlatforms } from '../derived/precision';
import { interInteraction } from './inter-interaction';
import { intent } from './intent';
import { lifecycle } from './lifecycle';
import { responsiveness } from './responsiveness';
import { retention } from './retention';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { stickiness } from './stickiness';

export interface MetricsInput {
  filter?: MetricsFilter;
  interval?: Interval;
}

/** Every metric for one filter: what `cercle metrics --json` prints and `metrics.compute` returns. */
export function computeMetrics(db: Db, input: MetricsInput = {}): MetricsResult {
  const f = resolveFilter(db, input.filter);
  const s = loadAnalyticsSettings(db);
  const interval = input.interval ?? 'week';
  const fun = funnel(db, f, s);
  return {
    applied: {
      from: f.hasData ? dayToIso(f.fromDay) : null,
      to: f.hasData ? dayToIso(f.toDay) : null,
      platforms: f.platforms ?? [],
      segment: f.segment,
      interval,
      timezone: f.tz,
      notes: f.notes,
    },
    conversations: conversations(db, f, s),
    responsiveness: responsiveness(db, f, s),
    lifecycle: lifecycle(db, f, s, interval),
    retention: retention(db, f, s, interval),
    stickiness: stickiness(db, f, s, interval),
    interInteraction: interInteraction(db, f, s),
    funnel: fun.steps,
    funnelWindowDays: fun.windowDays,
    funnelFullWindow: fun.fullWindow,
    funnelRecentEntrants: fun.recentEntrants,
    definitions: metricDefinitions(s, minutePrecisionPlatforms(db)),
    contentFunnel: contentFunnel(db, f, s),
    ambassadors: ambassadors(db, f, s),
    intent: intent(db, f, s),
    coverage: coverage(db, f),
  };
}
