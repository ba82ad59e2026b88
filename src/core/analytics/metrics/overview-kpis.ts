import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Kpi, KpiValue, OverviewKpis } from '../../contract/overview';
import type { Db } from '../../db/db';
import { dayToIso, weekLastDay, weekStart } from '../../util/time-keys';
import { addTo, type Histogram, median, rate } from '../model/stats';
import { platformSql, type ResolvedFilter, segmentSql } from './filter';
import { periodScope, type MemberScope } from './member-scope';
import { overviewPeriod, type Weeks, weekSpan } from './overview-period';
import { readFields, readNumbers } from './query-util';

interface MemberCounts {
  active: number;
  returning: number;
  ambassadors: number;
  deep: number;
}

interface Responses {
  inbound: number;
  answered: number;
  within: number;
  minutes: Histogram;
}

/**
 * Members of a range of weeks, each counted once along the life index: a member's first row in the
 * range is the one whose previous active week (prev) lies before it, and the first row with a deep
 * interaction the one whose previous deep week (deep_prev) does. No GROUP BY, no sort: measured on
 * 1.1M interactions, 25 ms over 77 weeks where a COUNT(DISTINCT person_id) sorts every row.
 */
function memberCounts(db: Db, sc: MemberScope, f: ResolvedFilter, w: Weeks): MemberCounts {
  const seg = segmentSql(f.segment);
  const first = readNumbers(
    db,
    `SELECT COUNT(*) || ',' || ifnull(SUM(${sc.cohort} < ?), 0) || ',' || ifnull(SUM(ladder >= 6), 0) AS r
     FROM ${sc.table} INDEXED BY ${sc.life}
     WHERE ${sc.where} AND period BETWEEN ? AND ? AND (${sc.prev} IS NULL OR ${sc.prev} < ?)${seg}`,
    [w.lo, ...sc.params, w.lo, w.hi, w.lo],
  )[0]!;
  const deep = readNumbers(
    db,
    `SELECT COUNT(*) AS r FROM ${sc.table} INDEXED BY ${sc.life}
     WHERE ${sc.where} AND period BETWEEN ? AND ? AND deep > 0 AND (${sc.deepPrev} IS NULL OR ${sc.deepPrev} < ?)${seg}`,
    [...sc.params, w.lo, w.hi, w.lo],
  )[0]!;
  return { active: first[0]!, returning: first[1]!, ambassadors: first[2]!, deep: deep[0]! };
}

/**
 * Inbound conversations opened in each range of weeks (as responsiveness counts them: addressed to the
 * brand by default, the segment on the member who opened it), all ranges in one scan of the response
 * index; the first range also counts those answered within the response window.
 */
function responses(db: Db, f: ResolvedFilter, s: AnalyticsSettings, ranges: Weeks[]): Responses[] {
  const out = ranges.map((): Responses => ({ inbound: 0, answered: 0, within: 0, minutes: new Map() }));
  const days = ranges.map((w) => [weekStart(w.lo), weekLastDay(w.hi)] as const);
  const plat = platformSql(f);
  const sums = [`SUM(day BETWEEN ? AND ? AND ifnull(response_ms <= ?, 0))`, ...days.map(() => `SUM(day BETWEEN ? AND ?)`)].join(
    " || ',' || ",
  );
  const rows = readFields(
    db,
    `SELECT ifnull(response_min, '') || ',' || ${sums} AS r
     FROM conversations INDEXED BY conversations_response
     WHERE starter_id IS NOT NULL AND day BETWEEN ? AND ?${s.responseScope === 'addressed' ? ' AND addressed = 1' : ''}${plat.sql}${segmentSql(f.segment, 'starter_tier', 'starter_ladder')}
     GROUP BY platform, starter_first, response_min`,
    [
      ...days[0]!,
      s.responseWindowHours * 3_600_000,
      ...days.flat(),
      Math.min(...days.map((d) => d[0])),
      Math.max(...days.map((d) => d[1])),
      ...plat.params,
    ],
  );
  for (const [minute, within, ...counts] of rows) {
    out[0]!.within += Number(within);
    out.forEach((r, i) => {
      const n = Number(counts[i]);
      if (n === 0) return;
      r.inbound += n;
      if (minute === '') return;
      r.answered += n;
      addTo(r.minutes, Number(minute), n);
    });
  }
  return out;
}

interface RangeValues {
  activeMembers: KpiValue;
  deepShare: KpiValue;
  returningShare: KpiValue;
  responseRate: KpiValue;
  medianFirstResponse: KpiValue;
  ambassadors: KpiValue;
}

function valuesOf(m: MemberCounts, r: Responses): RangeValues {
  return {
    activeMembers: { value: m.active, count: m.active, of: null },
    deepShare: { value: rate(m.deep, m.active), count: m.deep, of: m.active },
    returningShare: { value: rate(m.returning, m.active), count: m.returning, of: m.active },
    responseRate: { value: rate(r.answered, r.inbound), count: r.answered, of: r.inbound },
    medianFirstResponse: { value: median(r.minutes), count: r.answered, of: r.answered },
    ambassadors: { value: m.ambassadors, count: m.ambassadors, of: null },
  };
}

const UNITS: Record<keyof RangeValues, Kpi['unit']> = {
  activeMembers: 'members',
  deepShare: 'share',
  returningShare: 'share',
  responseRate: 'share',
  medianFirstResponse: 'minutes',
  ambassadors: 'members',
};

function change(unit: Kpi['unit'], current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (unit === 'share') return Math.round((current - previous) * 10_000) / 10_000;
  return previous === 0 ? null : Math.round((current / previous - 1) * 10_000) / 10_000;
}

/**
 * The overview's KPI cards for the filter's period (whole weeks, overview-period.ts) with their change
 * against the previous period of the same length, compared on complete weeks only.
 */
export function overviewKpis(db: Db, f: ResolvedFilter, s: AnalyticsSettings): OverviewKpis {
  const p = overviewPeriod(f);
  const brandKnown = db.get('SELECT 1 AS x FROM identities WHERE is_brand = 1 LIMIT 1') !== undefined;
  const ranges: Weeks[] = p.weeks ? [p.weeks] : [];
  const same = (a: Weeks, b: Weeks) => a.lo === b.lo && a.hi === b.hi;
  if (p.compared) {
    if (!same(p.compared.current, p.weeks!)) ranges.push(p.compared.current);
    ranges.push(p.compared.previous);
  }
  const sc = periodScope(db, f, 'week');
  const members = ranges.map((w) => memberCounts(db, sc, f, w));
  const answers = ranges.length > 0 ? responses(db, f, s, ranges) : [];
  const values = ranges.map((_, i) => valuesOf(members[i]!, answers[i]!));
  const empty = valuesOf({ active: 0, returning: 0, ambassadors: 0, deep: 0 }, { inbound: 0, answered: 0, within: 0, minutes: new Map() });
  const now = values[0] ?? empty;
  const kpis = Object.fromEntries(
    (Object.keys(UNITS) as (keyof RangeValues)[]).map((k): [string, Kpi] => {
      const unit = UNITS[k];
      let comparison: Kpi['comparison'] = null;
      if (p.compared) {
        const current = values[values.length - 2]![k];
        const previous = values[values.length - 1]![k];
        comparison = { current, previous, change: change(unit, current.value, previous.value) };
      }
      // With nothing before the period (it starts with the data), "returning" has no meaning: everyone is new to it.
      if (k === 'returningShare' && p.noComparison === 'no-previous-period') return [k, { ...now[k], value: null, unit, comparison }];
      return [k, { ...now[k], unit, comparison }];
    }),
  ) as OverviewKpis['kpis'];
  const first = answers[0];
  return {
    timezone: f.tz,
    period: p.weeks ? weekSpan(p.weeks) : null,
    partial: p.partial,
    firstDataDay: f.hasData ? dayToIso(f.firstDataDay) : null,
    lastDataDay: f.hasData ? dayToIso(f.lastDataDay) : null,
    compared: p.compared ? { current: weekSpan(p.compared.current), previous: weekSpan(p.compared.previous) } : null,
    noComparison: p.noComparison,
    brandKnown,
    kpis,
    responseWithinWindow: { windowHours: s.responseWindowHours, rate: first ? rate(first.within, first.inbound) : null },
  };
}
