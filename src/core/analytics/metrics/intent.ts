import type { Intent } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { platformSql, type ResolvedFilter, segmentSql } from './filter';
import { SIGNALS, type Signal } from '../model/intent-rules';
import { periodScope } from './member-scope';
import { readFields } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { period } from '../model/periods';
import { addTo, type Histogram, median, rate } from '../model/stats';
/**
 * Intent signals (questions, purchase intent, complaints, praise) found by the client's lexicons in
 * inbound messages: count, members and their share of the members active in the range (whole weeks),
 * how many the brand answered in the same conversation, and the median minutes to that answer.
 * Aggregated in SQL along two indexes (by answer time, by member): no signal row crosses into JavaScript.
 */
export function intent(db: Db, f: ResolvedFilter, _s: AnalyticsSettings): Intent {
  const acc = new Map<Signal, { count: number; members: number; answered: number; minutes: Histogram }>(
    SIGNALS.map((s) => [s, { count: 0, members: 0, answered: 0, minutes: new Map() }]),
  );
  let activeMembers = 0;
  if (f.hasData) {
    const plat = platformSql(f);
    const seg = segmentSql(f.segment);
    const where = `day BETWEEN ? AND ?${plat.sql}${seg}`;
    const params = [f.fromDay, f.toDay, ...plat.params];
    for (const [signal, minute, n] of readFields(
      db,
      `SELECT signal || ',' || ifnull(response_min, '') || ',' || COUNT(*) AS r FROM signals INDEXED BY signals_response WHERE ${where} GROUP BY signal, response_min`,
      params,
    )) {
      const a = acc.get(signal as Signal);
      if (!a) continue;
      a.count += Number(n);
      if (minute === '') continue;
      a.answered += Number(n);
      addTo(a.minutes, Number(minute), Number(n));
    }
    // Along (signal, person) SQLite counts distinct members without sorting.
    for (const [signal, n] of readFields(
      db,
      `SELECT signal || ',' || COUNT(DISTINCT person_id) AS r FROM signals INDEXED BY signals_person WHERE ${where} GROUP BY signal`,
      params,
    )) {
      const a = acc.get(signal as Signal);
      if (a) a.members = Number(n);
    }
    activeMembers = membersActive(db, f);
  }
  const out = {} as Intent;
  for (const [signal, a] of acc) {
    out[signal] = {
      count: a.count,
      members: a.members,
      memberShare: rate(a.members, activeMembers),
      answered: a.answered,
      responseRate: rate(a.answered, a.count),
      medianFirstResponseMinutes: median(a.minutes),
    };
  }
  return out;
}

/**
 * Members active in the range (whole weeks): over the whole period, one member_steps row each; else the
 * member_weeks rows that are a member's first active week in the range.
 */
export function membersActive(db: Db, f: ResolvedFilter): number {
  const seg = segmentSql(f.segment);
  const lo = period.ofDay('week', f.fromDay);
  const hi = period.ofDay('week', f.toDay);
  if (
    lo <= period.ofDay('week', f.firstDataDay) &&
    hi >= period.ofDay('week', f.lastDataDay) &&
    (!f.platforms || f.platforms.length === 1)
  ) {
    const [where, index, params] = f.platforms ? ['plat = ?', 'member_steps_p', [f.platforms[0]!]] : ['in_all = 1', 'member_steps_a', []];
    return Number(db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM member_steps INDEXED BY ${index} WHERE ${where}${seg}`, params)!.n);
  }
  const sc = periodScope(db, f, 'week');
  return Number(
    db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM ${sc.table} INDEXED BY ${sc.life} WHERE ${sc.where} AND period BETWEEN ? AND ? AND (${sc.prev} IS NULL OR ${sc.prev} < ?)${seg}`,
      [...sc.params, lo, hi, lo],
    )!.n,
  );
}
