import { type Funnel, type FunnelBreakdown, type Interval } from '../../contract/metrics';
import type { Db, SqlValue } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { type ResolvedFilter, segmentSql } from './filter';
import { stepsScope } from './member-scope';
import { readNumbers } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { type Entrant, breakdownOf, funnelOf } from '../model/funnel-steps';
const DAY = 86_400_000;

const LATER = [
  'reacted_at',
  'spoke_at',
  'deep_at',
  'conversation_at',
  'recurring_at',
  'ambassador_at',
  'reacted_own_at',
  'spoke_own_at',
  'deep_own_at',
  'conversation_own_at',
  'recurring_own_at',
];

/**
 * The window and the end of the range are applied in SQL, and only minutes cross into JavaScript:
 * measured on 46k members, sending the raw instants cost twice as long.
 */
function entrants(
  db: Db,
  f: ResolvedFilter,
  s: AnalyticsSettings,
  sc: { table: string; where: string; params: SqlValue[]; index: string },
): Entrant[] {
  if (!f.hasData) return [];
  const limit = `min(${s.conversionWindowDays * DAY}, ${f.toAt - 1} - entry_at)`;
  const delay = (c: string) => `ifnull(CASE WHEN ${c} - entry_at <= ${limit} THEN (${c} - entry_at) / 60000 END, '')`;
  const fullWindow = `(entry_at + ${s.conversionWindowDays * DAY} <= ${f.toAt})`;
  return readNumbers(
    db,
    `SELECT entry_day || ',' || ${LATER.map(delay).join(" || ',' || ")} || ',' || ${fullWindow} AS r FROM ${sc.table} INDEXED BY ${sc.index} WHERE ${sc.where} AND entry_day BETWEEN ? AND ?${segmentSql(f.segment)}`,
    [...sc.params, f.fromDay, f.toDay],
  );
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
  return hit ?? funnelOf(s.conversionWindowDays, entrants(db, f, s, stepsScope(db, f)));
}

/** The same funnel by platform (each platform's own entrants) and by entry cohort (week or month). */
export function funnelBreakdown(db: Db, f: ResolvedFilter, s: AnalyticsSettings, interval: Interval = 'week'): FunnelBreakdown {
  const hit = isDefault(f) ? cached<FunnelBreakdown>(db, `funnelBreakdown:${interval}`) : undefined;
  if (hit) return hit;
  const present = db.all<{ plat: string }>("SELECT DISTINCT plat FROM member_steps WHERE plat <> '*'").map((r) => r.plat);
  const platforms = (f.platforms ?? PLATFORMS.filter((p) => present.includes(p))).filter((p) => present.includes(p));
  const byPlatform = platforms.map((p): [string, Entrant[]] => [
    p,
    entrants(db, f, s, { table: 'member_steps', where: 'plat = ?', params: [p], index: 'member_steps_p' }),
  ]);
  return breakdownOf(s.conversionWindowDays, entrants(db, f, s, stepsScope(db, f)), byPlatform, interval);
}
