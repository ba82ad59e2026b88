import type { AnalyticsSettings } from '../../contract/analytics-settings';
import { FUNNEL_STEPS, type Interval } from '../../contract/metrics';
import type { LIFECYCLE_CLASSES, MemberEvidence } from '../../contract/members';
import type { Db, SqlValue } from '../../db/db';
import { isoToDay } from '../../util/time-keys';
import { period } from '../model/periods';
import { type ResolvedFilter, segmentSql } from './filter';
import { periodScope, stepsScope } from './member-scope';

/**
 * The members behind a number: each function lists the people one metric counts, with the same test on
 * the same derived rows as the metric (funnel.ts, retention.ts, lifecycle.ts, intent.ts' membersActive),
 * so the list's length is the number the screen shows. Person ids, in no particular order.
 */

const DAY = 86_400_000;
const LADDER = ['reacted_at', 'spoke_at', 'deep_at', 'conversation_at', 'recurring_at', 'ambassador_at'];
/** The step's own action; the ambassador step has none of its own (funnel-steps.ts counts its ladder time). */
const OWN = ['reacted_own_at', 'spoke_own_at', 'deep_own_at', 'conversation_own_at', 'recurring_own_at', 'ambassador_at'];

function personIds(db: Db, sql: string, params: SqlValue[]): number[] {
  const s = db.get<{ s: string | null }>(`SELECT group_concat(person_id) AS s FROM (${sql})`, params)?.s;
  return s ? s.split(',').map(Number) : [];
}

/**
 * Funnel step `step`: the members who entered in the range (first interaction in the scope) and reached
 * the step within the conversion window and before the range ends, every step below it too (the ladder:
 * funnel-steps.ts stops at the first step not reached); with `literal`, who did the step's own action.
 */
export function funnelStepMembers(
  db: Db,
  f: ResolvedFilter,
  s: AnalyticsSettings,
  step: (typeof FUNNEL_STEPS)[number],
  literal = false,
): number[] {
  if (!f.hasData) return [];
  const sc = stepsScope(db, f);
  const k = FUNNEL_STEPS.indexOf(step);
  const limit = `min(${s.conversionWindowDays * DAY}, ${f.toAt - 1} - entry_at)`;
  const within = (c: string) => ` AND ${c} - entry_at <= ${limit}`;
  const reached = k === 0 ? '' : literal ? within(OWN[k - 1]!) : LADDER.slice(0, k).map(within).join('');
  return personIds(
    db,
    `SELECT person_id FROM ${sc.table} INDEXED BY ${sc.index} WHERE ${sc.where} AND entry_day BETWEEN ? AND ?${segmentSql(f.segment)}${reached}`,
    [...sc.params, f.fromDay, f.toDay],
  );
}

/**
 * Retention cell: the members of the cohort of `cohort` (first active interval in the scope) active `n`
 * intervals later (the classic matrix, not the unbounded curve). Empty outside the matrix of the range.
 */
export function cohortMembers(db: Db, f: ResolvedFilter, interval: Interval, cohort: string, n: number): number[] {
  if (!f.hasData) return [];
  const lo = period.ofDay(interval, f.fromDay);
  const hi = period.ofDay(interval, f.toDay);
  const c = period.ofDay(interval, isoToDay(cohort));
  let p = c;
  for (let i = 0; i < n; i++) p = period.next(interval, p);
  if (c < lo || p > hi) return [];
  const sc = periodScope(db, f, interval);
  return personIds(
    db,
    `SELECT person_id FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND period = ? AND ${sc.cohort} = ?${segmentSql(f.segment)}`,
    [...sc.params, p, c],
  );
}

/**
 * Lifecycle class of one interval: new (first interaction of the whole history in it), returning (active
 * in it and the one before), resurrecting (active, neither), dormant (active the interval before, not in it).
 */
export function lifecycleMembers(
  db: Db,
  f: ResolvedFilter,
  interval: Interval,
  cls: (typeof LIFECYCLE_CLASSES)[number],
  at: string,
): number[] {
  if (!f.hasData) return [];
  const p = period.ofDay(interval, isoToDay(at));
  const before = period.prev(interval, p);
  const sc = periodScope(db, f, interval);
  const where: Record<typeof cls, [string, SqlValue[]]> = {
    new: [`period = ? AND ${sc.cohort} = period`, [p]],
    returning: [`period = ? AND ${sc.prev} = ?`, [p, before]],
    resurrecting: [`period = ? AND ${sc.cohort} <> period AND (${sc.prev} IS NULL OR ${sc.prev} <> ?)`, [p, before]],
    // Each returning member of p is a member of p − 1 whose next active interval is p.
    dormant: [`period = ? AND (${sc.next} IS NULL OR ${sc.next} <> ?)`, [before, p]],
  };
  const [test, params] = where[cls];
  return personIds(db, `SELECT person_id FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND ${test}${segmentSql(f.segment)}`, [
    ...sc.params,
    ...params,
  ]);
}

/** The whole range of the data, in whole weeks. */
function wholeWeeks(f: ResolvedFilter): boolean {
  return (
    period.ofDay('week', f.fromDay) <= period.ofDay('week', f.firstDataDay) &&
    period.ofDay('week', f.toDay) >= period.ofDay('week', f.lastDataDay)
  );
}

/** Members active in the range (whole weeks), in the scope and segment: the people intent.ts' membersActive counts. */
export function activeMembers(db: Db, f: ResolvedFilter): number[] {
  if (!f.hasData) return [];
  const seg = segmentSql(f.segment);
  if (wholeWeeks(f) && (!f.platforms || f.platforms.length === 1)) {
    const [where, index, params] = f.platforms ? ['plat = ?', 'member_steps_p', [f.platforms[0]!]] : ['in_all = 1', 'member_steps_a', []];
    return personIds(db, `SELECT person_id FROM member_steps INDEXED BY ${index} WHERE ${where}${seg}`, params);
  }
  const lo = period.ofDay('week', f.fromDay);
  const hi = period.ofDay('week', f.toDay);
  const sc = periodScope(db, f, 'week');
  return personIds(
    db,
    `SELECT person_id FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND period BETWEEN ? AND ? AND (${sc.prev} IS NULL OR ${sc.prev} < ?)${seg}`,
    [...sc.params, lo, hi, lo],
  );
}

/** The filter narrows the members (a range shorter than the data, some platforms, a segment). */
export function filterNarrows(f: ResolvedFilter): boolean {
  const whole = f.fromDay <= f.firstDataDay && f.toDay >= f.lastDataDay;
  return !whole || f.platforms !== null || f.segment !== 'all';
}

/**
 * The members a members grid lists: those behind every evidence given (each narrows the others), else the
 * members active under a narrowing filter, else null (every member of the client).
 */
export function evidenceMembers(
  db: Db,
  f: ResolvedFilter,
  s: AnalyticsSettings,
  interval: Interval,
  e: MemberEvidence,
): Set<number> | null {
  const lists: number[][] = [];
  if (e.step) lists.push(funnelStepMembers(db, f, s, e.step, e.literal ?? false));
  if (e.cohort) lists.push(cohortMembers(db, f, interval, e.cohort, e.n ?? 0));
  if (e.lifecycle && e.period) lists.push(lifecycleMembers(db, f, interval, e.lifecycle, e.period));
  if (e.active || (lists.length === 0 && filterNarrows(f))) lists.push(activeMembers(db, f));
  if (lists.length === 0) return null;
  let set = new Set(lists[0]);
  for (const list of lists.slice(1)) {
    const other = new Set(list);
    set = new Set([...set].filter((p) => other.has(p)));
  }
  return set;
}
