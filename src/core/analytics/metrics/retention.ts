import type { Interval, Retention } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { periodElapsed, periodStartsInside, type ResolvedFilter, segmentSql } from './filter';
import { periodScope } from './member-scope';
import { readNumbers } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { period, type PeriodKey } from '../model/periods';
import { rate } from '../model/stats';
type Row = Retention['cohorts'][number];

/**
 * Retention matrix (PostHog / Amplitude): cohorts by the interval of their first interaction in the
 * whole history, within the range; column N = share active in interval N ("recurring") or in N or
 * later ("unbounded", the headline curve). Cells whose interval had not fully elapsed at the end of
 * the data are marked by `incompleteFrom`, never shown as drops.
 */
export function retention(db: Db, f: ResolvedFilter, _s: AnalyticsSettings, interval: Interval = 'week'): Retention {
  if (!f.hasData) return { interval, cohorts: [], unbounded: [], curve: [] };
  const lo = period.ofDay(interval, f.fromDay);
  const hi = period.ofDay(interval, f.toDay);
  const sc = periodScope(db, f, interval);
  const seg = segmentSql(f.segment);
  const active = new Map<PeriodKey, Map<PeriodKey, number>>();
  const last = new Map<PeriodKey, Map<PeriodKey, number>>();
  const put = (m: Map<PeriodKey, Map<PeriodKey, number>>, c: PeriodKey, p: PeriodKey, n: number) => {
    if (!m.has(c)) m.set(c, new Map());
    m.get(c)!.set(p, n);
  };
  // One pass along the period index: members active per (period, cohort), and how many of them are
  // in their last active interval of the range (next activity after it, or none).
  const rows = readNumbers(
    db,
    `SELECT period || ',' || ${sc.cohort} || ',' || COUNT(*) || ',' || SUM(${sc.next} IS NULL OR ${sc.next} > ?) AS r
     FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND period BETWEEN ? AND ? AND ${sc.cohort} BETWEEN ? AND ?${seg} GROUP BY period, ${sc.cohort}`,
    [hi, ...sc.params, lo, hi, lo, hi],
  );
  for (const [p, c, n, lastHere] of rows) {
    const [pk, ck] = [period.fromNumber(interval, p!), period.fromNumber(interval, c!)];
    put(active, ck, pk, n!);
    put(last, ck, pk, lastHere!);
  }

  const cohorts: Row[] = [];
  const unbounded: Row[] = [];
  const curve: { n: number; members: number; size: number }[] = [];
  for (const c of [...active.keys()].sort((a, b) => a - b)) {
    const cells = active.get(c)!;
    const size = cells.get(c) ?? 0;
    if (size === 0) continue;
    const n = period.between(interval, c, hi);
    const counts: number[] = [];
    const later: number[] = [];
    let incompleteFrom: number | null = null;
    for (let k = 0, p = c; k <= n; k++, p = period.next(interval, p)) {
      counts.push(cells.get(p) ?? 0);
      if (incompleteFrom === null && !periodElapsed(f, interval, p)) incompleteFrom = k;
    }
    let running = 0;
    const lastCells = last.get(c) ?? new Map<PeriodKey, number>();
    for (let k = n, p = period.next(interval, hi); k >= 0; k--) {
      p = period.prev(interval, p);
      running += lastCells.get(p) ?? 0;
      later[k] = running;
    }
    const partialStart = !periodStartsInside(f, interval, c);
    cohorts.push({
      period: period.iso(interval, c),
      size,
      counts,
      values: counts.map((x) => rate(x, size)!),
      incompleteFrom,
      partialStart,
    });
    unbounded.push({
      period: period.iso(interval, c),
      size,
      counts: later,
      values: later.map((x) => rate(x, size)!),
      incompleteFrom,
      partialStart,
    });
    for (let k = 0; k < (incompleteFrom ?? n + 1); k++) {
      curve[k] ??= { n: k, members: 0, size: 0 };
      curve[k]!.members += later[k]!;
      curve[k]!.size += size;
    }
  }
  return { interval, cohorts, unbounded, curve: curve.map((x) => ({ n: x.n, value: rate(x.members, x.size), members: x.size })) };
}
