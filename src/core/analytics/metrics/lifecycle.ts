import type { Interval, LifecycleRow } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { periodComplete, periodPartial, type ResolvedFilter, segmentSql } from './filter';
import { periodScope } from './member-scope';
import { readNumbers } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { period, type PeriodKey } from '../model/periods';
/**
 * PostHog lifecycle per interval: new (first interaction of the whole history falls in it),
 * returning (active in it and in the previous one), resurrecting (active, not new, absent from the
 * previous one), dormant (active in the previous one, absent from it; a count, to plot below 0).
 * Every interval of the range is listed, empty ones included.
 */
export function lifecycle(db: Db, f: ResolvedFilter, _s: AnalyticsSettings, interval: Interval = 'week'): LifecycleRow[] {
  if (!f.hasData) return [];
  const periods = period.range(interval, f.fromDay, f.toDay);
  const sc = periodScope(db, f, interval);
  const stats = new Map<PeriodKey, { active: number; fresh: number; returning: number }>();
  const rows = readNumbers(
    db,
    `SELECT period || ',' || COUNT(*) || ',' || SUM(${sc.cohort} = period) || ',' || SUM(${sc.prev} IS NOT NULL AND ${sc.prev} = period - ${interval === 'week' ? 7 : 1}) AS r
     FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND period BETWEEN ? AND ?${segmentSql(f.segment)} GROUP BY period`,
    [...sc.params, period.prev(interval, periods[0]!), periods[periods.length - 1]!],
  );
  for (const [p, active, fresh, returning] of rows)
    stats.set(period.fromNumber(interval, p!), { active: active!, fresh: fresh!, returning: returning! });
  return periods.map((p) => {
    const now = stats.get(p) ?? { active: 0, fresh: 0, returning: 0 };
    const before = stats.get(period.prev(interval, p))?.active ?? 0;
    return {
      period: period.iso(interval, p),
      active: now.active,
      new: now.fresh,
      returning: now.returning,
      resurrecting: now.active - now.fresh - now.returning,
      dormant: before - now.returning,
      complete: periodComplete(f, interval, p),
      partial: periodPartial(f, interval, p),
    };
  });
}
