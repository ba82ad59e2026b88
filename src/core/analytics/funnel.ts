import { FUNNEL_STEPS, type Funnel, type FunnelBreakdown, type FunnelStep, type Interval } from '../contract/metrics';
import type { Db, SqlValue } from '../db/db';
import { PLATFORMS } from '../domain/kinds';
import { period, type ResolvedFilter, segmentSql } from './filter';
import { stepsScope } from './member-scope';
import { medianOf, rate, readNumbers, round } from './query-util';
import type { AnalyticsSettings } from './settings';

const DAY = 86_400_000;

/** One member entered in the range: entry day, then minutes from entry to each later step (NaN: not reached in time). */
export type Entrant = number[];

const LATER = ['reacted_at', 'spoke_at', 'deep_at', 'conversation_at', 'recurring_at', 'ambassador_at'];

/**
 * The window and the end of the range are applied in SQL, and only minutes cross into JavaScript:
 * measured on 46k members, sending the raw instants cost twice as long.
 */
function entrants(db: Db, f: ResolvedFilter, s: AnalyticsSettings, sc: { table: string; where: string; params: SqlValue[]; index: string }): Entrant[] {
  if (!f.hasData) return [];
  const limit = `min(${s.conversionWindowDays * DAY}, ${f.toAt - 1} - entry_at)`;
  const delay = (c: string) => `ifnull(CASE WHEN ${c} - entry_at <= ${limit} THEN (${c} - entry_at) / 60000 END, '')`;
  return readNumbers(db, `SELECT entry_day || ',' || ${LATER.map(delay).join(" || ',' || ")} AS r FROM ${sc.table} INDEXED BY ${sc.index} WHERE ${sc.where} AND entry_day BETWEEN ? AND ?${segmentSql(f.segment)}`, [
    ...sc.params,
    f.fromDay,
    f.toDay,
  ]);
}

/**
 * PostHog funnel semantics on the member ladder (audience → reacted → spoke → deep → conversation →
 * recurring → ambassador): the members who entered (first interaction of the whole history, in the
 * scope) within the range, and how many reached each step within the conversion window after their
 * entry and before the end of the range. A step implies the ones below it (metrics.md).
 */
export function stepsOf(list: Entrant[]): FunnelStep[] {
  const reached = FUNNEL_STEPS.map(() => 0);
  const days: number[][] = FUNNEL_STEPS.map(() => []);
  for (const e of list) {
    reached[0]!++;
    days[0]!.push(0);
    for (let k = 1; k < FUNNEL_STEPS.length; k++) {
      const minutes = e[k]!;
      if (Number.isNaN(minutes)) break;
      reached[k]!++;
      days[k]!.push(round(minutes / 1440, 2));
    }
  }
  return FUNNEL_STEPS.map((step, k) => {
    const med = medianOf(days[k]!);
    return {
      step,
      members: reached[k]!,
      stepConversion: k === 0 ? rate(reached[0]!, reached[0]!) : rate(reached[k]!, reached[k - 1]!),
      overallConversion: rate(reached[k]!, reached[0]!),
      dropOff: k === 0 ? 0 : reached[k - 1]! - reached[k]!,
      medianDaysToConvert: med === null ? null : round(med, 2),
    };
  });
}

/** The whole period, every platform, every member: the case refreshDerived computes and stores. */
function isDefault(f: ResolvedFilter): boolean {
  return f.fromDay <= f.firstDataDay && f.toDay >= f.lastDataDay && !f.platforms && f.segment === 'all';
}

function cached<T>(db: Db, key: string): T | undefined {
  const raw = db.get<{ value: string }>('SELECT value FROM metric_cache WHERE key = ?', [key])?.value;
  return raw === undefined ? undefined : (JSON.parse(raw) as T);
}

export function funnel(db: Db, f: ResolvedFilter, s: AnalyticsSettings): Funnel {
  const hit = isDefault(f) ? cached<Funnel>(db, 'funnel') : undefined;
  return hit ?? { windowDays: s.conversionWindowDays, steps: stepsOf(entrants(db, f, s, stepsScope(db, f))) };
}

/** Entrants by cohort period and by platform → the breakdown (shared with refreshDerived). */
export function breakdownOf(windowDays: number, all: Entrant[], byPlatform: [string, Entrant[]][], interval: Interval): FunnelBreakdown {
  const byCohort = new Map<number, Entrant[]>();
  for (const e of all) {
    const p = period.ofDay(interval, e[0]!);
    if (!byCohort.has(p)) byCohort.set(p, []);
    byCohort.get(p)!.push(e);
  }
  return {
    windowDays,
    byPlatform: byPlatform.map(([platform, list]) => ({ platform, steps: stepsOf(list) })),
    byCohort: [...byCohort.keys()].sort((a, b) => a - b).map((p) => ({ period: period.iso(interval, p), steps: stepsOf(byCohort.get(p)!) })),
  };
}

/** The same funnel by platform (each platform's own entrants) and by entry cohort (week or month). */
export function funnelBreakdown(db: Db, f: ResolvedFilter, s: AnalyticsSettings, interval: Interval = 'week'): FunnelBreakdown {
  const hit = isDefault(f) ? cached<FunnelBreakdown>(db, `funnelBreakdown:${interval}`) : undefined;
  if (hit) return hit;
  const present = db.all<{ plat: string }>("SELECT DISTINCT plat FROM member_steps WHERE plat <> '*'").map((r) => r.plat);
  const platforms = (f.platforms ?? PLATFORMS.filter((p) => present.includes(p))).filter((p) => present.includes(p));
  const byPlatform = platforms.map((p): [string, Entrant[]] => [p, entrants(db, f, s, { table: 'member_steps', where: 'plat = ?', params: [p], index: 'member_steps_p' })]);
  return breakdownOf(s.conversionWindowDays, entrants(db, f, s, stepsScope(db, f)), byPlatform, interval);
}
