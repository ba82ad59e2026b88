import type { InterInteraction, Segment } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { weekOfDay } from '../../util/time-keys';
import type { ResolvedFilter } from './filter';
import { readNumbers } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { addTo, type Histogram, median, percentile } from '../model/stats';
const BUCKETS: [string, number, number | null][] = [
  ['1 day', 1, 1],
  ['2 days', 2, 2],
  ['3 days', 3, 3],
  ['4–7 days', 4, 7],
  ['8–14 days', 8, 14],
  ['15–30 days', 15, 30],
  ['31–60 days', 31, 60],
  ['61–90 days', 61, 90],
  ['91+ days', 91, null],
];

const COLUMN: Record<Segment, string> = {
  all: 'n',
  core: 'n_t1',
  regular: 'n_t2',
  casual: 'n_t3',
  ambassadors: 'n_amb',
  spoke: 'n_spoke',
  passive: 'n - n_spoke',
};

/**
 * Inter-interaction time: the gaps, in days, between a member's consecutive active days, counted in
 * the week of the later day (so a gap reaching back before the range still counts, as it is a
 * return inside it). Several platforms but not all: gaps are those within each platform.
 */
export function interInteraction(db: Db, f: ResolvedFilter, _s: AnalyticsSettings): InterInteraction {
  const h: Histogram = new Map();
  if (f.hasData) {
    const scopes = f.platforms ?? ['*'];
    const rows = readNumbers(
      db,
      `SELECT gap || ',' || SUM(${COLUMN[f.segment]}) AS r FROM week_gaps WHERE scope IN (${scopes.map(() => '?').join(',')}) AND week BETWEEN ? AND ? GROUP BY gap`,
      [...scopes, weekOfDay(f.fromDay), weekOfDay(f.toDay)],
    );
    for (const [gap, n] of rows) if (n! > 0) addTo(h, gap!, n!);
  }
  let gaps = 0;
  for (const n of h.values()) gaps += n;
  return {
    gaps,
    medianDays: median(h),
    p90Days: percentile(h, 0.9),
    histogram: BUCKETS.map(([label, from, to]) => ({
      label,
      fromDays: from,
      toDays: to,
      count: [...h].filter(([g]) => g >= from && (to === null || g <= to)).reduce((s, [, n]) => s + n, 0),
    })),
  };
}
