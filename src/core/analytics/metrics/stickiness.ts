import type { Interval, Stickiness } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { periodElapsed, type ResolvedFilter, segmentSql } from './filter';
import { periodScope } from './member-scope';
import { readNumbers } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { period, type PeriodKey } from '../model/periods';
import { rate, round } from '../model/stats';
/**
 * PostHog stickiness: over the K intervals of the range, how many members were active in exactly
 * 1, 2, … K of them; the scalar summary is WAU/MAU, the mean weekly actives over the mean monthly
 * actives, both over the fully elapsed weeks and months of the range (all of them if none is).
 */
export function stickiness(db: Db, f: ResolvedFilter, _s: AnalyticsSettings, interval: Interval = 'week'): Stickiness {
  const periods = f.hasData ? period.range(interval, f.fromDay, f.toDay) : [];
  if (periods.length === 0)
    return { interval, intervals: 0, distribution: [], averageWeeklyActive: null, averageMonthlyActive: null, wauMau: null };
  const seg = segmentSql(f.segment);
  const counts = new Map<number, number>();
  const whole =
    periods[0]! <= period.ofDay(interval, f.firstDataDay) && periods[periods.length - 1]! >= period.ofDay(interval, f.lastDataDay);
  let rows: number[][];
  if (whole && (!f.platforms || f.platforms.length === 1)) {
    // Over the whole period a member's count is their number of active intervals, stored with the funnel
    // steps; counted here rather than by a GROUP BY, which would sort every member.
    const [where, params] = f.platforms ? ['plat = ?', [f.platforms[0]!]] : ['in_all = 1', []];
    const col = interval === 'week' ? 'weeks' : 'months';
    const list = db.get<{ s: string | null }>(
      `SELECT group_concat(${col}) AS s FROM member_steps NOT INDEXED WHERE ${where}${seg}`,
      params,
    )?.s;
    const tally = new Map<number, number>();
    for (const k of list ? list.split(',') : []) tally.set(Number(k), (tally.get(Number(k)) ?? 0) + 1);
    rows = [...tally];
  } else {
    const sc = periodScope(db, f, interval);
    rows = readNumbers(
      db,
      `SELECT k || ',' || COUNT(*) AS r FROM (SELECT COUNT(*) AS k FROM ${sc.table} INDEXED BY ${sc.person} WHERE ${sc.where} AND period BETWEEN ? AND ?${seg} GROUP BY person_id) GROUP BY k`,
      [...sc.params, periods[0]!, periods[periods.length - 1]!],
    );
  }
  for (const [k, n] of rows) counts.set(k!, n!);
  const distribution = periods.map((_, i) => ({ intervals: i + 1, members: counts.get(i + 1) ?? 0 }));
  const wau = averageActive(db, f, 'week', seg);
  const mau = averageActive(db, f, 'month', seg);
  return {
    interval,
    intervals: periods.length,
    distribution,
    averageWeeklyActive: wau === null ? null : round(wau, 1),
    averageMonthlyActive: mau === null ? null : round(mau, 1),
    wauMau: wau === null || mau === null ? null : rate(wau, mau),
  };
}

function averageActive(db: Db, f: ResolvedFilter, interval: Interval, seg: string): number | null {
  const all = period.range(interval, f.fromDay, f.toDay);
  // An average level, not a comparison between periods: a month the filter starts inside still counts,
  // one that has not elapsed does not.
  const complete = all.filter((p) => periodElapsed(f, interval, p));
  const used = complete.length > 0 ? complete : all;
  const sc = periodScope(db, f, interval);
  const active = new Map<PeriodKey, number>();
  const rows = readNumbers(
    db,
    `SELECT period || ',' || COUNT(*) AS r FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND period BETWEEN ? AND ?${seg} GROUP BY period`,
    [...sc.params, used[0]!, used[used.length - 1]!],
  );
  for (const [p, n] of rows) active.set(period.fromNumber(interval, p!), n!);
  return used.reduce((sum, p) => sum + (active.get(p) ?? 0), 0) / used.length;
}
