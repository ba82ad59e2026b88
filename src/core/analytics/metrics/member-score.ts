import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { MemberScore } from '../../contract/members';
import type { Db } from '../../db/db';
import { CercleError } from '../../errors';
import { asWeekKey, earliest } from '../../util/time-keys';
import type { Candidate } from '../model/ambassador-rank';
import { period } from '../model/periods';
import { describe, live } from './ambassadors';
import type { ResolvedFilter } from './filter';

type ScoreRow = Record<
  | 'rank'
  | 'score'
  | 'love'
  | 'rank_tier'
  | 'n'
  | 'active'
  | 'weeks'
  | 'helped'
  | 'praise'
  | 'reach'
  | 'p_love'
  | 'p_recommendations'
  | 'p_helped'
  | 'p_reach'
  | 'p_onion'
  | 'p_retention',
  number | null
>;

/**
 * One member's ambassador score with its evidence (the components and quotes metrics.ambassadors gives),
 * and their place in the ranking of the filter's range and platforms. The whole period of every platform
 * is read from member_scores (every member, ranked when the tables were built); any other range or
 * platform set ranks the community live, as metrics.ambassadors does, and finds the member in it. A
 * member segment does not re-rank (metrics.md), so it is not applied here.
 */
export function memberScore(db: Db, f: ResolvedFilter, s: AnalyticsSettings, person: number): MemberScore {
  const facts = db.get<{ tier: number; ladder: number }>(
    'SELECT ifnull(m.tier, 0) AS tier, ifnull(m.ladder, 0) AS ladder FROM people p LEFT JOIN member_facts m ON m.person_id = p.id WHERE p.id = ? AND p.is_brand = 0',
    [person],
  );
  if (!facts) throw new CercleError('member.missing', { id: person });
  if (!f.hasData) return { rank: null, of: 0, ambassador: null };
  const refDay = earliest(f.toDay, f.lastDataDay);
  const lo = period.ofDay('week', f.fromDay);
  const hi = period.ofDay('week', refDay);
  const whole = lo <= period.ofDay('week', f.firstDataDay) && hi >= period.ofDay('week', f.lastDataDay);
  if (whole && !f.platforms) {
    const of = Number(db.get<{ n: number }>('SELECT COUNT(rank) AS n FROM member_scores')!.n);
    const r = db.get<ScoreRow>('SELECT * FROM member_scores WHERE person_id = ?', [person]);
    if (!r || r.rank === null) return { rank: null, of, ambassador: null };
    const c: Candidate = {
      person,
      tier: Number(facts.tier),
      ladder: Number(facts.ladder),
      rankTier: Number(r.rank_tier),
      score: Number(r.score),
      n: Number(r.n),
      active: Number(r.active),
      weeks: Number(r.weeks),
      cohort: asWeekKey(0), // unused once ranked
      helped: Number(r.helped),
      praise: Number(r.praise),
      love: Number(r.love),
      reach: Number(r.reach),
      retention: Number(r.p_retention),
      parts: {
        love: Number(r.p_love),
        recommendations: Number(r.p_recommendations),
        helped: Number(r.p_helped),
        reach: Number(r.p_reach),
        onion: Number(r.p_onion),
        retention: Number(r.p_retention),
      },
    };
    return { rank: Number(r.rank), of, ambassador: describe(db, f, c) };
  }
  const ranked = live(db, f, s, lo, hi, refDay);
  const i = ranked.findIndex((c) => c.person === person);
  return { rank: i < 0 ? null : i + 1, of: ranked.length, ambassador: i < 0 ? null : describe(db, f, ranked[i]!) };
}
