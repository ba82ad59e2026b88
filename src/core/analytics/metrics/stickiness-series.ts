import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { StickinessMonth, StickinessSeries } from '../../contract/recurrence';
import type { Db } from '../../db/db';
import { monthFirstDay, monthLastDay, type MonthKey, type WeekKey, weekLastDay, weekOfDay, nextWeek } from '../../util/time-keys';
import { period } from '../model/periods';
import { rate, round } from '../model/stats';
import { periodComplete, periodPartial, type ResolvedFilter, segmentSql } from './filter';
import { periodScope } from './member-scope';
import { readNumbers } from './query-util';

/**
 * Stickiness over time: for every month of the range, WAU/MAU = the mean number of members active per
 * week ÷ the members active in the month. The weeks are those lying wholly inside the month (a week
 * straddling two months would count members of the next one), and only whole weeks of the data and
 * the range (a week the data ends inside would pull the mean down): so WAU ≤ MAU, and a month with no
 * such week has no ratio. Read from member_weeks and member_months along their period index, in the
 * platform scope and segment of the filter.
 */
export function stickinessSeries(db: Db, f: ResolvedFilter, _s: AnalyticsSettings): StickinessSeries {
  if (!f.hasData) return { months: [] };
  const months = period.range('month', f.fromDay, f.toDay);
  const weeksOf = new Map<MonthKey, WeekKey[]>();
  for (const m of months)
    weeksOf.set(
      m,
      wholeWeeks(m).filter((w) => periodComplete(f, 'week', w)),
    );
  const allWeeks = [...weeksOf.values()].flat();
  const seg = segmentSql(f.segment);
  const mau = activePerPeriod(db, f, 'month', months[0]!, months[months.length - 1]!, seg);
  const wau = allWeeks.length > 0 ? activePerPeriod(db, f, 'week', allWeeks[0]!, allWeeks[allWeeks.length - 1]!, seg) : new Map();
  return {
    months: months.map((m): StickinessMonth => {
      const weeks = weeksOf.get(m)!;
      const monthlyActive = mau.get(m) ?? 0;
      const mean = weeks.length > 0 ? weeks.reduce((sum, w) => sum + (wau.get(w) ?? 0), 0) / weeks.length : null;
      return {
        period: period.iso('month', m),
        monthlyActive,
        averageWeeklyActive: mean === null ? null : round(mean, 1),
        weeks: weeks.length,
        wauMau: mean === null ? null : rate(mean, monthlyActive),
        complete: periodComplete(f, 'month', m),
        partial: periodPartial(f, 'month', m),
      };
    }),
  };
}

/** The weeks (Monday to Sunday) lying wholly inside month `m`: three to five of them. */
function wholeWeeks(m: MonthKey): WeekKey[] {
  const first = monthFirstDay(m);
  const last = monthLastDay(m);
  let w = weekOfDay(first);
  if (w < first) w = nextWeek(w);
  const out: WeekKey[] = [];
  for (; weekLastDay(w) <= last; w = nextWeek(w)) out.push(w);
  return out;
}

/** Members active per period from `lo` to `hi`, one GROUP BY along the scope's period index. */
function activePerPeriod(db: Db, f: ResolvedFilter, interval: 'week' | 'month', lo: number, hi: number, seg: string): Map<number, number> {
  const sc = periodScope(db, f, interval);
  const rows = readNumbers(
    db,
    `SELECT period || ',' || COUNT(*) AS r FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND period BETWEEN ? AND ?${seg} GROUP BY period`,
    [...sc.params, lo, hi],
  );
  return new Map(rows.map(([p, n]) => [p!, n!]));
}
